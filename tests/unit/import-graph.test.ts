/**
 * The shape of the code, checked: imports run one way (a module may import only from its own
 * tier or a lower one) and browser code never imports Node code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Tiers, highest first: a module may import from its own tier and any tier below it.
 * Entry points compose the rest; they are the only modules that read slides/.
 */
const TIERS: readonly { readonly name: string; readonly match: RegExp; readonly browser: boolean }[] = [
  { name: 'browser entry', match: /^src\/(main|handout|remote)\.ts$/, browser: true },
  { name: 'node entry', match: /^(src\/(export|present)\/cli\.ts|src\/tools\/.*|vite\.config\.ts)$/, browser: false },
  { name: 'present', match: /^src\/present\//, browser: false },
  { name: 'export', match: /^src\/export\/(?!pptx\/(page\/|measured\.ts$|path-data\.ts$|straighten\.ts$))/, browser: false },
  { name: 'build', match: /^src\/build\//, browser: false },
  { name: 'node', match: /^src\/node\//, browser: false },
  // What the PowerPoint export runs in the page (bundled by page-script.ts), and the pure modules it shares with Node.
  { name: 'pptx page', match: /^src\/export\/pptx\/(page\/|measured\.ts$|path-data\.ts$|straighten\.ts$)/, browser: true },
  { name: 'content', match: /^slides\//, browser: true },
  { name: 'live', match: /^src\/live\//, browser: true },
  { name: 'render', match: /^src\/render\//, browser: true },
  { name: 'validate', match: /^src\/validate\.ts$/, browser: true },
  { name: 'layouts', match: /^src\/layouts\//, browser: true },
  { name: 'visuals', match: /^src\/visuals\//, browser: true },
  { name: 'legibility', match: /^src\/legibility\//, browser: true },
  { name: 'dom', match: /^src\/dom\//, browser: true },
  { name: 'foundation', match: /^src\/(model|constants|words|notes|reveal-config)\.ts$|^src\/theme\//, browser: true },
];

function tierOf(file: string): number {
  const index = TIERS.findIndex((tier) => tier.match.test(file));
  if (index < 0) throw new Error(`${file} belongs to no tier: add it to TIERS in tests/unit/import-graph.test.ts`);
  return index;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** Every module another module imports: relative paths resolved from the project, packages by name. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? '')
    .map((specifier) => (specifier.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), specifier)) : specifier));
}

/** The imports of `file` that reach a higher tier than its own. */
function upwardImports(file: string, imports: readonly string[]): string[] {
  return imports
    .filter((target) => /^(src|slides)\//.test(target) && !target.endsWith('.css'))
    .filter((target) => tierOf(target) < tierOf(file))
    .map((target) => `${target} (${TIERS[tierOf(target)]?.name})`);
}

const files = [...sourceFiles('src'), ...sourceFiles('slides'), 'vite.config.ts'];
const NODE_ONLY_PACKAGES = /^(node:|vite$|playwright|@playwright|pdf-lib|tsx|puppeteer-core|ws$|uqr$)/;

describe('the import graph', () => {
  it('puts every module in a tier', () => {
    for (const file of files) expect(() => tierOf(file)).not.toThrow();
  });

  it.each(files)('%s imports only from its own tier or lower ones', (file) => {
    expect(upwardImports(file, importsOf(file)), `${file} (${TIERS[tierOf(file)]?.name}) imports upward`).toEqual([]);
  });

  const readers = files.filter((file) => !/entry|content/.test(TIERS[tierOf(file)]?.name ?? ''));
  it.each(readers)('%s does not read slides/ (only entry points do)', (file) => {
    expect(importsOf(file).filter((target) => target.startsWith('slides/'))).toEqual([]);
  });

  it.each(files.filter((file) => TIERS[tierOf(file)]?.browser))('%s (browser code) imports no Node code', (file) => {
    const nodeImports = importsOf(file).filter(
      (target) => NODE_ONLY_PACKAGES.test(target) || (/^(src|slides)\//.test(target) && !target.endsWith('.css') && !TIERS[tierOf(target)]?.browser),
    );
    expect(nodeImports).toEqual([]);
  });

  // tsconfig.browser.json type-checks browser code without Node's types (npm run typecheck).
  const browserConfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.browser.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { include: string[] };
  it.each(files.filter((file) => TIERS[tierOf(file)]?.browser))('%s (browser code) is type-checked without Node types', (file) => {
    expect(browserConfig.include.some((entry) => file === entry || file.startsWith(`${entry}/`))).toBe(true);
  });

  it('catches an upward import (the check itself works)', () => {
    expect(upwardImports('src/visuals/timeline.ts', ['src/layouts/timeline/index.ts', 'src/dom/html.ts'])).toEqual(['src/layouts/timeline/index.ts (layouts)']);
    expect(upwardImports('src/layouts/map/index.ts', ['src/visuals/region-map.ts'])).toEqual([]);
  });
});
