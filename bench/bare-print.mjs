/**
 * The floor for the PDF export: the least a program can do to print a built reveal.js deck to
 * PDF with Playwright. Plain JavaScript run by plain `node` (no loader, no TypeScript): serve the
 * folder, start Chromium once, load `?print-pdf`, wait for the deck's ready mark, print, write.
 * Usage: node bench/bare-print.mjs <dist folder> <out.pdf> <chromium>
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';

const [folder, output, executablePath] = process.argv.slice(2);
if (!folder || !output || !executablePath) throw new Error('usage: node bench/bare-print.mjs <dist folder> <out.pdf> <chromium>');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = join(folder, path === '/' ? 'index.html' : path);
  response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
  createReadStream(file)
    .on('error', () => response.writeHead(404).end())
    .pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];
if (process.getuid?.() === 0) args.push('--no-sandbox');
const browser = await chromium.launch({ executablePath, args });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/index.html?print-pdf`);
await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
await writeFile(output, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
await browser.close();
server.close();
