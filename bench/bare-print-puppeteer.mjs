/**
 * The floor of bare-print.mjs written with puppeteer-core, the driver the export uses: the same
 * job (serve the folder, start Chromium once, load `?print-pdf`, wait for the deck's ready mark,
 * print, write) with the lightest well-kept driver, so the benchmark shows what the export adds
 * on top of its own driver as well as against the Playwright floor the targets name.
 * Usage: node bench/bare-print-puppeteer.mjs <dist folder> <out.pdf> <chromium>
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';

const [folder, output, executablePath] = process.argv.slice(2);
if (!folder || !output || !executablePath) throw new Error('usage: node bench/bare-print-puppeteer.mjs <dist folder> <out.pdf> <chromium>');
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
const browser = await puppeteer.launch({ executablePath, args, pipe: true, headless: true });
const [page] = await browser.pages();
await page.goto(`http://127.0.0.1:${server.address().port}/index.html?print-pdf`, { waitUntil: 'domcontentloaded' });
await page.waitForSelector('html[data-deck-ready="true"]');
await writeFile(output, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
await browser.close();
server.close();
