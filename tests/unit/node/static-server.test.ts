import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveFolder } from '../../../src/node/static-server.ts';

describe('serveFolder', () => {
  it('serves files, and answers bad or missing paths with an error status instead of crashing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'serve-'));
    await writeFile(join(folder, 'index.html'), '<p>hello</p>');
    await mkdir(join(folder, 'assets'));
    const server = await serveFolder(folder);
    try {
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe('<p>hello</p>');
      expect((await fetch(`${server.url}assets`)).status).toBe(404);
      expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
      expect((await fetch(`${server.url}%E0%A4%A`)).status).toBe(400);
      expect((await fetch(`${server.url}index.html`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
