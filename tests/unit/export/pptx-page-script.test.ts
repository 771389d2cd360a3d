import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measuringExpression, pageScript } from '../../../src/export/pptx/page-script.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');
let cache: string;

afterEach(async () => {
  await rm(cache, { recursive: true, force: true });
});

describe('pageScript', () => {
  it('bundles the page modules into one script that defines measureSlides, with no helper a loader adds', async () => {
    cache = await mkdtemp(join(tmpdir(), 'deck-page-script-'));
    const script = await pageScript(PROJECT, cache);
    expect(script).toMatch(/^var __deckPptxMeasure = \(function\(exports\)/);
    expect(script).toContain('measureSlides');
    expect(script).not.toContain('__name(');
    expect(measuringExpression(script, { slide: 's', notes: 'n', visual: 'v', chain: 'c', tableFoot: 'f' })).toMatch(
      /__deckPptxMeasure\.measureSlides\(\{"slide":"s"/,
    );
  });

  it('keeps the bundle, and makes it again when a module it was made from has changed', async () => {
    cache = await mkdtemp(join(tmpdir(), 'deck-page-script-'));
    const made = await pageScript(PROJECT, cache);
    const file = join(cache, 'page.json');
    const kept = JSON.parse(await readFile(file, 'utf8')) as { code: string; modules: Record<string, number> };
    expect(Object.keys(kept.modules).some((path) => path.endsWith('src/export/pptx/page/index.ts'))).toBe(true);
    // Read from the cache: a marked copy comes back as it is.
    await writeFile(file, JSON.stringify({ ...kept, code: 'kept' }));
    expect(await pageScript(PROJECT, cache)).toBe('kept');
    // A module whose time no longer matches: bundled again.
    const [first = ''] = Object.keys(kept.modules);
    await writeFile(file, JSON.stringify({ code: 'stale', modules: { ...kept.modules, [first]: 1 } }));
    expect(await pageScript(PROJECT, cache)).toBe(made);
  });
});
