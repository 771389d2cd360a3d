/**
 * The floor for the PDF export: one process that serves a built reveal.js deck, starts Chromium
 * once and prints its ?print-pdf view once with Playwright. Usage: bare-print.ts <dist> <out.pdf>
 */
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../src/node/find-chromium.ts';
import { serveFolder } from '../src/node/static-server.ts';
import { READY_SELECTOR } from '../src/constants.ts';

const [folder, output] = process.argv.slice(2);
if (!folder || !output) throw new Error('usage: bare-print.ts <dist folder> <out.pdf>');
const server = await serveFolder(folder);
const browser = await chromium.launch({ executablePath: findChromium().path, args: chromiumArgs() });
const page = await browser.newPage();
await page.goto(`${server.url}index.html?print-pdf`);
await page.locator(READY_SELECTOR).waitFor({ state: 'attached' });
await writeFile(output, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
await browser.close();
await server.close();
