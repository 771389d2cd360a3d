import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { folderHandler, serveFolder } from '../../../src/node/static-server.ts';

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

describe('folderHandler', () => {
  it('changes HTML pages on the way with transformHtml, and nothing else', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'serve-'));
    await writeFile(join(folder, 'index.html'), '<head></head>');
    await writeFile(join(folder, 'app.js'), '<head></head>');
    const server = createServer(folderHandler(folder, { transformHtml: (html) => html.replace('</head>', '<meta name="x"></head>') }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(await page.text()).toBe('<head><meta name="x"></head>');
      expect(page.headers.get('content-length')).toBe('28');
      expect(await (await fetch(`http://127.0.0.1:${port}/app.js`)).text()).toBe('<head></head>');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
