import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseAst } from 'vite';
import { scriptHashSource } from './content-security-policy.ts';

/**
 * reveal.js's speaker view is a page the notes plugin writes into a new window, with one inline
 * <script>. That window inherits the deck's Content-Security-Policy, so the policy allows exactly
 * that script by its hash (and no other inline script). The hash is computed from the installed
 * plugin, so it follows reveal.js upgrades.
 */
export function speakerViewScriptHash(): string {
  const require = createRequire(import.meta.url);
  const pluginFile = join(dirname(require.resolve('reveal.js/plugin/notes')), 'notes.mjs');
  const html = findStringLiteral(parseAst(readFileSync(pluginFile, 'utf8')), 'reveal.js - Speaker View');
  if (html === undefined) throw new Error(`${pluginFile}: speaker view page not found; has the notes plugin changed?`);
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  if (scripts.length !== 1) throw new Error(`${pluginFile}: expected one inline script in the speaker view, found ${scripts.length}`);
  return scriptHashSource(scripts[0] ?? '');
}

function findStringLiteral(node: unknown, marker: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  if ('type' in node && node.type === 'Literal' && 'value' in node && typeof node.value === 'string' && node.value.includes(marker)) {
    return node.value;
  }
  for (const child of Object.values(node)) {
    const found = findStringLiteral(child, marker);
    if (found !== undefined) return found;
  }
  return undefined;
}
