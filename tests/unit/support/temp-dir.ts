import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: one temporary folder for the whole unit-test run. TMPDIR points into
 * it (the test workers start after this and inherit it), and it is removed when the run ends, so
 * the tests leave nothing behind in the system's temp folder.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'deck-unit-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
}
