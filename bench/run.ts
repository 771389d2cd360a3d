/**
 * npm run bench: the deck against a plain reveal.js baseline (bench/baseline), measured in one
 * run on one machine, alternating the two. Prints a table and writes docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../src/node/find-chromium.ts';
import { serveFolder } from '../src/node/static-server.ts';
import { CANVAS, READY_SELECTOR } from '../src/constants.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
const BASELINE_DIST = join(OUT, 'baseline');
const LOADS = 21;
const PDF_RUNS = 7;
const BUILDS = 3;

type Pair = { ours: number; baseline: number };

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function summary(pairs: readonly Pair[]): { ours: number; baseline: number; ratio: number; ratioMin: number; ratioMax: number } {
  const ratios = pairs.map((pair) => pair.ours / pair.baseline);
  return {
    ours: median(pairs.map((pair) => pair.ours)),
    baseline: median(pairs.map((pair) => pair.baseline)),
    ratio: median(ratios),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
  };
}

/** Wall time of a command, in milliseconds; fails loudly if the command fails. */
function timed(command: string, args: readonly string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return elapsed;
}

const buildOurs = (): number => timed('npm', ['run', '-s', 'build']);
const buildBaseline = (): number =>
  timed(join(ROOT, 'node_modules/.bin/vite'), ['build', 'bench/baseline', '--outDir', BASELINE_DIST, '--emptyOutDir', '--base', './', '--logLevel', 'silent']);

/**
 * One fresh load (new context, empty cache): ms from navigation to ready, and the bytes of every
 * response that finished before ready (what the first slide needs; later lazy loads excluded).
 */
async function load(browser: Browser, url: string): Promise<{ ready: number; bytes: number }> {
  const context = await browser.newContext({ viewport: { ...CANVAS } });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  let isReady = false;
  page.on('requestfinished', (request) => {
    if (isReady) return;
    sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
  });
  await page.goto(url);
  await page.locator(READY_SELECTOR).waitFor({ state: 'attached' });
  isReady = true;
  const ready = await page.evaluate(() => performance.getEntriesByName('deck-ready')[0]?.startTime ?? Number.NaN);
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return { ready, bytes };
}

const ms = (value: number): string => `${Math.round(value)} ms`;
const kb = (value: number): string => `${(value / 1024).toFixed(1)} KB`;
const ratio = (value: number): string => `${value.toFixed(2)}×`;

const REPORT = join(ROOT, 'docs/benchmarks.md');
const START = '<!-- results: written by npm run bench -->';
const END = '<!-- /results -->';

/** Puts the results between the markers in docs/benchmarks.md, keeping the analysis around them. */
async function writeResults(results: string): Promise<void> {
  const block = `${START}\n${results}\n${END}`;
  const current = await readFile(REPORT, 'utf8').catch(() => `# Benchmarks\n\nRun \`npm run bench\` to measure.\n\n${START}\n${END}\n`);
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start ? `${current.slice(0, start)}${block}${current.slice(end + END.length)}` : `${current}\n${block}\n`;
  await writeFile(REPORT, next);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  console.log('bench: building (ours, then baseline)…');
  const builds: Pair[] = [];
  for (let run = 0; run < BUILDS; run += 1) builds.push({ ours: buildOurs(), baseline: buildBaseline() });

  const ours = await serveFolder(join(ROOT, 'dist'), { gzip: true });
  const baseline = await serveFolder(BASELINE_DIST, { gzip: true });
  const found = findChromium();
  const browser = await chromium.launch({ executablePath: found.path, args: chromiumArgs() });
  const chromiumVersion = browser.version();
  const ready: Pair[] = [];
  const bytes: Pair[] = [];
  console.log(`bench: ${LOADS} fresh loads each, alternating…`);
  try {
    for (let run = 0; run < LOADS; run += 1) {
      const first = run % 2 === 0;
      const a = await load(browser, first ? ours.url : baseline.url);
      const b = await load(browser, first ? baseline.url : ours.url);
      const [mine, theirs] = first ? [a, b] : [b, a];
      ready.push({ ours: mine.ready, baseline: theirs.ready });
      bytes.push({ ours: mine.bytes, baseline: theirs.bytes });
    }
  } finally {
    await browser.close();
    await Promise.all([ours.close(), baseline.close()]);
  }

  console.log(`bench: ${PDF_RUNS} PDF exports each, alternating…`);
  const pdf: Pair[] = [];
  const pdfWithoutNpm: number[] = [];
  const pdfOut = join(OUT, 'pdf');
  for (let run = 0; run < PDF_RUNS; run += 1) {
    // The same export without npm's own start-up, to show what npm adds.
    pdfWithoutNpm.push(timed(process.execPath, ['--import', 'tsx/esm', 'src/export/cli.ts', '--only', 'slides', '--out', pdfOut]));
    const exportOurs = (): number => timed('npm', ['run', '-s', 'export', '--', '--only', 'slides', '--out', pdfOut]);
    const printBaseline = (): number => timed(process.execPath, ['--import', 'tsx/esm', 'bench/bare-print.ts', BASELINE_DIST, join(pdfOut, 'baseline.pdf')]);
    if (run % 2 === 0) {
      const mine = exportOurs();
      pdf.push({ ours: mine, baseline: printBaseline() });
    } else {
      const theirs = printBaseline();
      pdf.push({ ours: exportOurs(), baseline: theirs });
    }
  }

  const r = summary(ready);
  const b = summary(bytes);
  const p = summary(pdf);
  const m = summary(builds);
  const rows = [
    ['Ready time (navigation → reveal.js ready, fonts loaded), median', ms(r.ours), ms(r.baseline), `${ratio(r.ratio)} (min ${ratio(r.ratioMin)}, max ${ratio(r.ratioMax)})`, '≤ 1.00×'],
    ['Bytes transferred on first load (gzip, incl. fonts)', kb(b.ours), kb(b.baseline), ratio(b.ratio), '≤ 200 KB'],
    ['Slides PDF: `npm run export -- --only slides` vs bare Playwright print, median', ms(p.ours), ms(p.baseline), `${ratio(p.ratio)} (min ${ratio(p.ratioMin)}, max ${ratio(p.ratioMax)})`, '≤ 1.30×'],
    ['Slides PDF, the same export started with `node` instead of `npm run`, median', ms(median(pdfWithoutNpm)), ms(p.baseline), ratio(median(pdfWithoutNpm) / p.baseline), '—'],
    ['Build (`npm run build` vs `vite build` of the baseline), median', ms(m.ours), ms(m.baseline), ratio(m.ratio), '—'],
  ];
  const table = [
    '| Measure | This deck | Baseline | Ratio (pair by pair) | Target |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  const header = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with Node ${process.version}, Chromium ${chromiumVersion} (${found.path}).`,
    `${LOADS} fresh page loads each (new browser context, empty cache), ${PDF_RUNS} PDF exports each, ${BUILDS} builds each; the two alternate within the run.`,
  ].join('\n');
  console.log(`\n${header}\n\n${table}\n`);
  await writeResults(`${header}\n\n${table}`);
}

await main();
