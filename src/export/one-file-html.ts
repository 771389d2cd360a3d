import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { oneFileContentSecurityPolicy, scriptHashSource } from '../build/content-security-policy.ts';
import { ONE_FILE_ATTRIBUTE } from '../constants.ts';

/**
 * The built deck (dist/index.html and its assets) as one self-contained HTML page that opens from
 * disk: the script bundled into one inline module, the styles inline, the fonts as data: URLs, and
 * a Content-Security-Policy that allows the inline scripts by their hashes.
 *
 * Why from dist/ and not with vite-plugin-singlefile: that plugin needs a second build (it
 * inlines dynamic imports, which Vite allows only with one input, and the build has two pages),
 * would inline the WOFF fallbacks too (about 90 KB more), and knows nothing of the CSP, whose
 * hashes must be of the final inline text. Here the built files are re-bundled by Rolldown (the
 * bundler Vite itself uses) with the lazily loaded speaker view chunk inlined, and the page is
 * assembled and hashed in one place.
 */
export async function oneFileHtml(distDir: string): Promise<string> {
  const pagePath = join(distDir, 'index.html');
  const page = await readFile(pagePath, 'utf8').catch((error: unknown) => {
    throw new Error(`${pagePath} cannot be read; build the deck first (npm run build).`, { cause: error });
  });
  const problem = (what: string): Error => new Error(`${pagePath}: ${what}; rebuild the deck (npm run export -- --rebuild).`);

  const scripts = [...page.matchAll(/<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>/g)];
  const entry = scripts[0]?.[1];
  if (scripts.length !== 1 || entry === undefined) throw problem(`expected one module script, found ${scripts.length}`);
  const script = escapeForScriptElement(await bundleScript(join(distDir, entry)));

  const builtPolicy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page);
  if (builtPolicy === null) throw problem('no Content-Security-Policy');
  // The built page's hashes (the speaker view's script), computed by the build from the same code.
  const builtHashes = [...(builtPolicy[1] ?? '').matchAll(/(?:'|&#39;)(sha256-[A-Za-z0-9+/=]+)(?:'|&#39;)/g)].map((match) => `'${match[1] ?? ''}'`);
  if (builtHashes.length === 0) throw problem("no script hash in the Content-Security-Policy (the speaker view's)");
  const policy = oneFileContentSecurityPolicy([scriptHashSource(script), ...builtHashes]);

  const stylesheets = new Map<string, string>();
  for (const [, href] of page.matchAll(/<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/g)) {
    if (href !== undefined) stylesheets.set(href, await inlineFonts(join(distDir, href), await readFile(join(distDir, href), 'utf8')));
  }

  const html = page
    .replace(builtPolicy[0], () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`)
    .replace(/<html /, `<html ${ONE_FILE_ATTRIBUTE} `)
    .replace(scripts[0]?.[0] ?? '', () => `<script type="module">${script}</script>`)
    .replace(/<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/g, (_link, href: string) => `<style>${stylesheets.get(href) ?? ''}</style>`)
    // Preloads of files that are now inline.
    .replace(/ *<link rel="(?:modulepreload|preload)"[^>]*>\n?/g, '')
    // The "open me from a web server" message of dist/: this file opens from disk, so it would mislead.
    .replace(/ *<!-- needs-server:start -->[\s\S]*?<!-- needs-server:end -->\n?/g, '');
  const leftover = /(?:src|href)="\.\/[^"]*"/.exec(html);
  if (leftover !== null) throw problem(`${leftover[0]} is neither a script, a stylesheet nor a preload, so it cannot be inlined`);
  return html;
}

/** The deck's entry chunk with every chunk it imports, the lazy speaker view included, as one module. */
async function bundleScript(entryFile: string): Promise<string> {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({ input: entryFile, logLevel: 'warn' });
  try {
    const { output } = await bundle.generate({ format: 'esm', codeSplitting: false, minify: true });
    const chunks = output.filter((file) => file.type === 'chunk');
    if (chunks.length !== 1 || chunks[0] === undefined) throw new Error(`${entryFile}: bundled into ${chunks.length} chunks, expected one.`);
    return chunks[0].code;
  } finally {
    await bundle.close();
  }
}

/**
 * Script text that cannot end or confuse its <script> element: `</script` and `<!--` become
 * `\x3C/script` and `\x3C!--`, which mean the same in the string, template and regular-expression
 * literals they occur in (reveal.js's speaker view page is such a string: what it writes into
 * its window, and so its own script's hash, is unchanged).
 */
export function escapeForScriptElement(code: string): string {
  return code.replace(/<(\/script|!--)/gi, '\\x3C$1');
}

const FONT_TYPES: Readonly<Record<string, string>> = { woff2: 'font/woff2' };

/**
 * A stylesheet with its fonts as data: URLs. Only the WOFF2 files: every browser that runs the
 * deck reads them, so the WOFF fallbacks are dropped rather than carried.
 */
async function inlineFonts(cssPath: string, css: string): Promise<string> {
  const withoutFallbacks = css.replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g, '');
  const urls = [...new Set([...withoutFallbacks.matchAll(/url\((?!data:)([^)]+)\)/g)].map((match) => match[1] ?? ''))];
  const dataUrls = new Map<string, string>();
  for (const url of urls) {
    const type = FONT_TYPES[url.split('.').pop() ?? ''];
    if (type === undefined)
      throw new Error(`${cssPath}: url(${url}) is not a WOFF2 font, and the one-file export inlines only those; use a data: URL or a WOFF2 file.`);
    const bytes = await readFile(join(cssPath, '..', url));
    dataUrls.set(url, `data:${type};base64,${bytes.toString('base64')}`);
  }
  return withoutFallbacks.replace(/url\((?!data:)([^)]+)\)/g, (_whole, url: string) => `url(${dataUrls.get(url) ?? url})`);
}
