/**
 * Vitest reads vite.config.ts too. The deck's checks (its Vite plugin) belong to the dev server and
 * the build: in the unit tests they would type-check and load slides/ at every run, and a slide
 * that does not parse would stop every unit test from starting.
 */
import { resolve } from 'node:path';
import { loadConfigFromFile, type Plugin, type PluginOption } from 'vite';
import { describe, expect, it } from 'vitest';

const CONFIG = resolve(import.meta.dirname, '../../../vite.config.ts');

/** The names of the plugins in a config's list (which may nest lists). */
function names(options: readonly PluginOption[]): string[] {
  return options.flatMap((option): string[] => {
    if (Array.isArray(option)) return names(option);
    return option && typeof option === 'object' && 'name' in option ? [(option as Plugin).name] : [];
  });
}

async function pluginNames(env: Record<string, string | undefined>): Promise<string[]> {
  const saved = process.env.VITEST;
  if (env.VITEST === undefined) delete process.env.VITEST;
  else process.env.VITEST = env.VITEST;
  try {
    const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, CONFIG, undefined, 'silent');
    return names(loaded?.config.plugins ?? []);
  } finally {
    if (saved === undefined) delete process.env.VITEST;
    else process.env.VITEST = saved;
  }
}

describe('vite.config.ts', () => {
  it('gives the build and the dev server the deck plugin, and Vitest none', async () => {
    expect(await pluginNames({ VITEST: undefined })).toEqual(['deck']);
    expect(await pluginNames({ VITEST: 'true' })).toEqual([]);
  });
});
