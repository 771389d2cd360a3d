import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptHashSource } from '../../../src/build/content-security-policy.ts';
import { escapeForScriptElement, oneFileHtml } from '../../../src/export/one-file-html.ts';

const SPEAKER_HASH = 'sha256-GzCveToXhSIzS3M5eQeRm3McVRB7cYneYKwTkzA3wDk=';

/** A miniature dist/: a page, an entry chunk that imports a shared chunk and lazily a third, a stylesheet with a font. */
async function fakeDist(page?: string): Promise<string> {
  const dist = await mkdtemp(join(tmpdir(), 'one-file-test-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(
    join(dist, 'index.html'),
    page ??
      `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;${SPEAKER_HASH}&#39;">
    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/shared-b.js">
    <link rel="stylesheet" crossorigin href="./assets/index-c.css">
    <link rel="preload" href="./assets/font-d.woff2" as="font" type="font/woff2" crossorigin>
  </head>
  <body>
    <!-- needs-server:start -->
    <div id="needs-server">Open me from a web server</div>
    <!-- needs-server:end -->
  </body>
</html>
`,
  );
  await writeFile(join(dist, 'assets/index-a.js'), `import{s as e}from"./shared-b.js";document.title=e;import("./lazy-e.js").then(t=>t.show());`);
  await writeFile(join(dist, 'assets/shared-b.js'), `export const s="shared";`);
  await writeFile(join(dist, 'assets/lazy-e.js'), 'export function show(){document.body.innerHTML=`<script>x()</script><!-- c -->`}');
  await writeFile(
    join(dist, 'assets/index-c.css'),
    `@font-face{font-family:A;src:url(./font-d.woff2)format("woff2"),url(./font-d.woff)format("woff")}body{color:red}`,
  );
  await writeFile(join(dist, 'assets/font-d.woff2'), 'WOFF2');
  return dist;
}

describe('oneFileHtml', () => {
  it('inlines every chunk (the lazy one too) as one module script, allowed by its hash with the built page’s hashes', async () => {
    const html = await oneFileHtml(await fakeDist());
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const [, attributes = '', code = ''] = scripts[0] ?? [];
    expect(attributes).toBe(' type="module"');
    expect(code).toContain('shared');
    expect(code).toContain('x()');
    expect(code).not.toMatch(/import\s*\(|from\s*["']/);
    const policy = /content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain(`script-src ${scriptHashSource(code)} '${SPEAKER_HASH}'`);
    expect(policy.split('; ').find((directive) => directive.startsWith('script-src'))).not.toContain('unsafe');
    expect(policy).toMatch(/font-src data:/);
    expect(html).toContain('<html data-one-file lang="en">');
  });

  it('inlines the stylesheets with the WOFF2 fonts as data: URLs, drops the WOFF fallbacks and the preloads', async () => {
    const html = await oneFileHtml(await fakeDist());
    expect(html).toContain(`src:url(data:font/woff2;base64,${Buffer.from('WOFF2').toString('base64')})format("woff2")}body{color:red}`);
    expect(html).not.toMatch(/<link|\.woff\)|\.\/assets/);
  });

  it('leaves out the message telling a reader of dist/ to use a web server: this file opens from disk', async () => {
    const html = await oneFileHtml(await fakeDist());
    expect(html).not.toMatch(/needs-server|web server/);
  });

  it('names the file and the fix when dist/ is missing or not what it expects', async () => {
    await expect(oneFileHtml('/nonexistent-dist')).rejects.toThrow('/nonexistent-dist/index.html cannot be read; build the deck first (npm run build).');
    const dist = await fakeDist('<html><head></head><body></body></html>');
    await expect(oneFileHtml(dist)).rejects.toThrow(`${join(dist, 'index.html')}: expected one module script, found 0; rebuild the deck`);
  });
});

describe('escapeForScriptElement', () => {
  it('keeps </script and <!-- from ending or confusing the script element, meaning the same in literals', () => {
    const code = 'const a=`<script>b()</script>`, c=/<!--/, d="</SCRIPT>";';
    const escaped = escapeForScriptElement(code);
    expect(escaped).not.toMatch(/<\/script|<!--/i);
    const evaluate = (source: string): unknown[] => new Function(`${source} return [a, c.source, d];`)() as unknown[];
    expect(evaluate(escaped)).toEqual(['<script>b()</script>', '\\x3C!--', '</SCRIPT>']);
    expect(new RegExp(evaluate(escaped)[1] as string).test('<!--')).toBe(true);
  });
});
