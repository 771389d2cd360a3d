/**
 * npm run bench: the deck against a plain reveal.js baseline of the same size (bench/baseline,
 * see baseline-deck.ts), measured in one run on one machine, alternating the contenders so that
 * background noise hits all alike. Prints a table and writes it into docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../src/node/find-chromium.ts';
import { serveFolder, type RunningServer } from '../src/node/static-server.ts';
import { CANVAS, READY_SELECTOR } from '../src/constants.ts';
import { writeBaseline } from './baseline-deck.ts';
import { type StopTiming, timePresentStop, timeStop } from './stop.ts';
import { liveRows, measureLive } from './live.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
const BASELINE_DIST = join(OUT, 'baseline');
const LOADS = 21;
const PDF_RUNS = 7;
const STARTS = 7;
const BUILDS = 3;
const STOPS = 5;

/** One run of a command: wall and CPU time (user + system, children included), in ms. */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Median of the pair-by-pair ratios, with their range. */
function ratios(ours: readonly number[], theirs: readonly number[]): { median: number; min: number; max: number } {
  const each = ours.map((value, index) => value / (theirs[index] ?? Number.NaN));
  return { median: median(each), min: Math.min(...each), max: Math.max(...each) };
}

const seconds = (text: string): number => {
  const match = /(\d+)m([\d.]+)s/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};

/**
 * Runs a command to the end and times it. CPU time comes from bash's `times` (its children's
 * user and system time, which includes every process they waited for, e.g. Chromium).
 */
function timed(command: string, args: readonly string[], env: Record<string, string> = {}): Timing {
  const script = '"$@" >/dev/null 2>"$BENCH_ERR"; status=$?; times; exit $status';
  const errors = join(OUT, 'stderr.txt');
  const started = performance.now();
  const result = spawnSync('bash', ['-c', script, 'bash', command, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env, BENCH_ERR: errors },
  });
  const wall = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed; see ${errors}`);
  const children = result.stdout.trim().split('\n').at(-1)?.split(/\s+/) ?? [];
  return { wall, cpu: (seconds(children[0] ?? '') + seconds(children[1] ?? '')) * 1000 };
}

/** Runs the contenders round-robin, `runs` times, rotating who goes first. */
function alternate<K extends string>(runs: number, contenders: Record<K, () => Timing>): Record<K, Timing[]> {
  const names = Object.keys(contenders) as K[];
  const results = Object.fromEntries(names.map((name) => [name, [] as Timing[]])) as Record<K, Timing[]>;
  for (let run = 0; run < runs; run += 1) {
    for (let turn = 0; turn < names.length; turn += 1) {
      const name = names[(run + turn) % names.length] as K;
      results[name].push(contenders[name]());
    }
  }
  return results;
}

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

/** Ms from navigation to a ready print view, as the export loads it (no waiting for the load event). */
async function printViewReady(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(READY_SELECTOR).waitFor({ state: 'attached' });
  const elapsed = performance.now() - started;
  await page.close();
  return elapsed;
}

/** The hand-written static server against Vite's own preview server, as the export would use them. */
async function compareServers(browser: Browser): Promise<{ importVite: number; startOurs: number; startVite: number; loadOurs: number; loadVite: number }> {
  let started = performance.now();
  const { preview } = await import('vite');
  const importVite = performance.now() - started;
  const startOurs: number[] = [];
  const startVite: number[] = [];
  const loadOurs: number[] = [];
  const loadVite: number[] = [];
  for (let run = 0; run < PDF_RUNS; run += 1) {
    started = performance.now();
    const ours: RunningServer = await serveFolder(join(ROOT, 'dist'));
    startOurs.push(performance.now() - started);
    started = performance.now();
    const vite = await preview({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      build: { outDir: 'dist' },
      preview: { port: 0, host: '127.0.0.1', open: false },
    });
    startVite.push(performance.now() - started);
    const viteUrl = vite.resolvedUrls?.local[0] ?? '';
    const first = run % 2 === 0;
    const a = await printViewReady(browser, `${first ? ours.url : viteUrl}index.html?print-pdf`);
    const b = await printViewReady(browser, `${first ? viteUrl : ours.url}index.html?print-pdf`);
    loadOurs.push(first ? a : b);
    loadVite.push(first ? b : a);
    await ours.close();
    await vite.close();
  }
  return { importVite, startOurs: median(startOurs), startVite: median(startVite), loadOurs: median(loadOurs), loadVite: median(loadVite) };
}

const ms = (value: number): string => `${Math.round(value)} ms`;
const kb = (value: number): string => `${(value / 1024).toFixed(1)} KB`;
const x = (value: number): string => `${value.toFixed(2)}×`;
const range = (r: { median: number; min: number; max: number }): string => `${x(r.median)} (${x(r.min)}–${x(r.max)})`;

/** A table row comparing two sets of paired runs: medians, and the median ratio of pairs with its range. */
const compared = (label: string, ours: readonly number[], theirs: readonly number[], target: string): string[] => [
  label,
  ms(median(ours)),
  ms(median(theirs)),
  range(ratios(ours, theirs)),
  target,
];

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
  const found = findChromium();
  const baseline = await writeBaseline(ROOT, OUT);
  const vite = join(ROOT, 'node_modules/.bin/vite');
  console.log(`bench: building (ours, then a ${baseline.slides}-slide baseline)…`);
  const builds = alternate(BUILDS, {
    ours: () => timed('npm', ['run', '-s', 'build']),
    baseline: () => timed(vite, ['build', baseline.source, '--outDir', BASELINE_DIST, '--emptyOutDir', '--base', './', '--logLevel', 'silent']),
  });

  const ours = await serveFolder(join(ROOT, 'dist'), { gzip: true });
  const theirs = await serveFolder(BASELINE_DIST, { gzip: true });
  const browser = await chromium.launch({ executablePath: found.path, args: chromiumArgs() });
  const chromiumVersion = browser.version();
  const loads = { ours: [] as { ready: number; bytes: number }[], baseline: [] as { ready: number; bytes: number }[] };
  console.log(`bench: ${LOADS} fresh loads each, alternating…`);
  let servers: Awaited<ReturnType<typeof compareServers>> | undefined;
  let live: Awaited<ReturnType<typeof measureLive>> | undefined;
  try {
    for (let run = 0; run < LOADS; run += 1) {
      const first = run % 2 === 0;
      const a = await load(browser, first ? ours.url : theirs.url);
      const b = await load(browser, first ? theirs.url : ours.url);
      loads.ours.push(first ? a : b);
      loads.baseline.push(first ? b : a);
    }
    console.log('bench: static server against Vite preview…');
    servers = await compareServers(browser);
    console.log('bench: npm run present: remote → deck → 200 followers, against a bare relay…');
    live = await measureLive(browser);
  } finally {
    await browser.close();
    await Promise.all([ours.close(), theirs.close()]);
  }

  console.log(
    `bench: ${PDF_RUNS} exports each (our slides PDF and PowerPoint; the plain floor on the baseline and on this deck, in Playwright and puppeteer-core; Marp), rotating…`,
  );
  const pdfOut = join(OUT, 'pdf');
  await mkdir(pdfOut, { recursive: true });
  timed(process.execPath, ['src/export/launch.mjs', '--help']); // compiles the CLI if needed
  timed(process.execPath, ['src/present/launch.mjs', '--help']); // and the present CLI
  const pdf = alternate(PDF_RUNS, {
    ours: () => timed(process.execPath, ['src/export/launch.mjs', '--only', 'slides', '--out', pdfOut]),
    pptx: () => timed(process.execPath, ['src/export/launch.mjs', '--only', 'pptx', '--out', pdfOut]),
    floor: () => timed(process.execPath, ['bench/bare-print.mjs', BASELINE_DIST, join(pdfOut, 'floor.pdf'), found.path]),
    // The same floor printing this deck: how much of the gap is the deck's own weight.
    floorOnDeck: () => timed(process.execPath, ['bench/bare-print.mjs', join(ROOT, 'dist'), join(pdfOut, 'floor-deck.pdf'), found.path]),
    // The floor with the export's own driver: what the export adds on top of puppeteer-core.
    puppeteerFloor: () => timed(process.execPath, ['bench/bare-print-puppeteer.mjs', BASELINE_DIST, join(pdfOut, 'floor-puppeteer.pdf'), found.path]),
    marp: () =>
      timed(join(ROOT, 'node_modules/.bin/marp'), ['--pdf', '--no-stdin', '--browser-path', found.path, '-o', join(pdfOut, 'marp.pdf'), baseline.markdown], {
        CHROME_PATH: found.path,
      }),
  });
  console.log(`bench: start-up, ${STARTS} each…`);
  const starts = alternate(STARTS, {
    node: () => timed(process.execPath, ['-e', '0']),
    help: () => timed(process.execPath, ['src/export/launch.mjs', '--help']),
    presentHelp: () => timed(process.execPath, ['src/present/launch.mjs', '--help']),
    npm: () => timed('npm', ['run', '-s', 'export', '--', '--help']),
  });

  console.log(`bench: stopping an export mid-way, ${STOPS} each (the export, and npm run export)…`);
  const stops = { direct: [] as StopTiming[], npm: [] as StopTiming[], present: [] as StopTiming[] };
  for (let run = 0; run < STOPS; run += 1) {
    stops.direct.push(await timeStop(ROOT, process.execPath, ['src/export/launch.mjs']));
    stops.npm.push(await timeStop(ROOT, 'npm', ['run', '-s', 'export', '--']));
    stops.present.push(await timePresentStop());
  }
  const stopRange = (values: readonly number[]): string => `${ms(median(values))} (max ${ms(Math.max(...values))})`;

  const wall = (runs: readonly Timing[]): number[] => runs.map((run) => run.wall);
  const cpu = (runs: readonly Timing[]): number[] => runs.map((run) => run.cpu);
  const readyRatio = ratios(
    loads.ours.map((l) => l.ready),
    loads.baseline.map((l) => l.ready),
  );
  const bytes = { ours: median(loads.ours.map((l) => l.bytes)), baseline: median(loads.baseline.map((l) => l.bytes)) };
  const rows = [
    [
      'Ready time (navigation → reveal.js ready, fonts loaded), median',
      ms(median(loads.ours.map((l) => l.ready))),
      ms(median(loads.baseline.map((l) => l.ready))),
      range(readyRatio),
      '≤ 1.00×',
    ],
    ['Bytes transferred on first load (gzip, incl. fonts)', kb(bytes.ours), kb(bytes.baseline), x(bytes.ours / bytes.baseline), '≤ 200 KB'],
    compared(
      'Slides PDF, wall: `node src/export/launch.mjs --only slides` vs plain floor (`node bench/bare-print.mjs`)',
      wall(pdf.ours),
      wall(pdf.floor),
      '≤ 1.15×',
    ),
    compared('Slides PDF, CPU: the same', cpu(pdf.ours), cpu(pdf.floor), '≤ 1.15×'),
    compared(
      'Slides PDF, wall: ours vs the plain floor printing this deck (what the tool adds, without the deck’s weight)',
      wall(pdf.ours),
      wall(pdf.floorOnDeck),
      '—',
    ),
    compared('Slides PDF, CPU: the same', cpu(pdf.ours), cpu(pdf.floorOnDeck), '—'),
    compared(
      'Slides PDF, wall: ours vs the same floor written with puppeteer-core, the export’s driver (`node bench/bare-print-puppeteer.mjs`)',
      wall(pdf.ours),
      wall(pdf.puppeteerFloor),
      '—',
    ),
    compared('Slides PDF, CPU: the same', cpu(pdf.ours), cpu(pdf.puppeteerFloor), '—'),
    compared('Slides PDF, wall: ours vs Marp CLI `--pdf` (binary started directly)', wall(pdf.ours), wall(pdf.marp), '< 1.00×'),
    compared('Slides PDF, CPU: ours vs Marp CLI', cpu(pdf.ours), cpu(pdf.marp), '< 1.00×'),
    compared('PowerPoint, wall: `node src/export/launch.mjs --only pptx` vs `--only slides`', wall(pdf.pptx), wall(pdf.ours), '< 1.00×'),
    compared('PowerPoint, CPU: the same (the target is on time taken)', cpu(pdf.pptx), cpu(pdf.ours), '—'),
    compared('Start-up, wall: `node src/export/launch.mjs --help` vs `node -e 0`', wall(starts.help), wall(starts.node), '—'),
    compared('Start-up, wall: `node src/present/launch.mjs --help` vs `node -e 0`', wall(starts.presentHelp), wall(starts.node), '—'),
    [
      "npm's own start-up: `npm run -s export -- --help` minus the same started directly",
      ms(median(wall(starts.npm)) - median(wall(starts.help))),
      '—',
      '—',
      '—',
    ],
    [
      'Stop: `kill` of `node src/export/launch.mjs` mid-export → every process it started ended (its own exit)',
      `${stopRange(stops.direct.map((stop) => stop.allEnded))}; exit ${ms(median(stops.direct.map((stop) => stop.exit)))}`,
      '—',
      '—',
      '≤ 2000 ms',
    ],
    [
      'Stop: `kill` of `npm run export` (npm itself) mid-export → every process ended',
      stopRange(stops.npm.map((stop) => stop.allEnded)),
      '—',
      '—',
      '≤ 2000 ms',
    ],
    [
      'Stop: `kill` of `npm run present` (npm itself) → the server and every process ended',
      stopRange(stops.present.map((stop) => stop.allEnded)),
      '—',
      '—',
      '≤ 2000 ms',
    ],
    compared('Build (`npm run build` vs `vite build` of the baseline), median', wall(builds.ours), wall(builds.baseline), '—'),
    // The baseline here is a bare relay (bench/bare-relay.mjs): no checks, the deck's reply instant.
    ...(live ? liveRows(live) : []),
  ];
  const table = [
    '| Measure | This deck | Baseline / yardstick | Ratio, median of pairs (range) | Target |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  const serverNote = servers
    ? `Server for the export (${PDF_RUNS} alternating loads of the print view): hand-written static server starts in ${ms(servers.startOurs)}, print view ready in ${ms(servers.loadOurs)}; Vite's preview server needs ${ms(servers.importVite)} to import Vite, then starts in ${ms(servers.startVite)}, print view ready in ${ms(servers.loadVite)}.`
    : '';
  const header = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with Node ${process.version}, Chromium ${chromiumVersion} (${found.path}); deck and baseline have ${baseline.slides} slides.`,
    `${LOADS} fresh page loads each, ${PDF_RUNS} exports each (six contenders rotating), ${STARTS} start-ups each, ${STOPS} stops each, ${BUILDS} builds each. CPU is user + system time of the process and everything it waited for (Chromium included).`,
  ].join('\n');
  console.log(`\n${header}\n\n${table}\n\n${serverNote}\n`);
  await writeResults(`${header}\n\n${table}\n\n${serverNote}`);
}

await main();
