import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIsStale, cleanBuildMessage } from '../../../src/export/build-if-needed.ts';

describe('buildIsStale', () => {
  async function project(): Promise<{ root: string; dist: string }> {
    const root = await mkdtemp(join(tmpdir(), 'project-'));
    await mkdir(join(root, 'slides'));
    await mkdir(join(root, 'src', 'export'), { recursive: true });
    await writeFile(join(root, 'slides', '01-title.ts'), 'x');
    await writeFile(join(root, 'src', 'export', 'cli.ts'), 'x');
    const dist = join(root, 'dist');
    await mkdir(dist);
    return { root, dist };
  }
  const at = (path: string, seconds: number): Promise<void> => utimes(path, seconds, seconds);
  const PAGES = ['index.html', 'handout.html', 'remote.html', 'deck.json'];
  async function built(dist: string, seconds: number): Promise<void> {
    for (const page of PAGES) {
      await writeFile(join(dist, page), '');
      await at(join(dist, page), seconds);
    }
  }

  it('is stale when dist/ is missing a page, or older than a slide', async () => {
    const { root, dist } = await project();
    expect(buildIsStale(root, join(root, 'slides'), dist)).toBe(true);
    for (const file of ['slides', 'slides/01-title.ts', 'src', 'src/export', 'src/export/cli.ts']) await at(join(root, file), 1000);
    await built(dist, 2000);
    expect(buildIsStale(root, join(root, 'slides'), dist)).toBe(false);
    await rm(join(dist, 'remote.html'));
    expect(buildIsStale(root, join(root, 'slides'), dist)).toBe(true);
    await built(dist, 2000);
    await at(join(root, 'slides', '01-title.ts'), 3000);
    expect(buildIsStale(root, join(root, 'slides'), dist)).toBe(true);
  });

  it('is not stale when only the export’s own code changed', async () => {
    const { root, dist } = await project();
    for (const file of ['slides', 'slides/01-title.ts', 'src']) await at(join(root, file), 1000);
    await built(dist, 2000);
    await at(join(root, 'src', 'export', 'cli.ts'), 3000);
    await at(join(root, 'src', 'export'), 3000);
    expect(buildIsStale(root, join(root, 'slides'), dist)).toBe(false);
  });

  it('looks at the chosen deck’s folder, not at slides/, for another deck', async () => {
    const { root, dist } = await project();
    await mkdir(join(root, 'examples', 'mini'), { recursive: true });
    for (const file of ['slides', 'slides/01-title.ts', 'src', 'examples/mini']) await at(join(root, file), 1000);
    await built(dist, 2000);
    const mini = join(root, 'examples', 'mini');
    await at(join(root, 'slides', '01-title.ts'), 3000);
    expect(buildIsStale(root, mini, dist)).toBe(false);
    await writeFile(join(mini, '01-one.ts'), 'x');
    expect(buildIsStale(root, mini, dist)).toBe(true);
  });
});

describe('cleanBuildMessage', () => {
  it('keeps the message and drops the bundler banner, plugin tag, class names and stack frames', () => {
    const bundler = [
      'Build failed with 1 error:',
      '',
      '[plugin deck]',
      "RolldownError: The deck's content has 1 problem:",
      '  slides/04-timeline.ts (slide "timeline"), field `notes`: the speaker notes have 4 words.',
      '    Fix: Write 60–180 words of script for this slide.',
      '    at error (file:///x/node_modules/rolldown/dist/shared/logs.mjs:164:24)',
      '    at async plugin (file:///x/node_modules/rolldown/dist/shared/bindingify.mjs:1665:3)',
    ].join('\n');
    expect(cleanBuildMessage(bundler)).toBe(
      [
        "The deck's content has 1 problem:",
        '  slides/04-timeline.ts (slide "timeline"), field `notes`: the speaker notes have 4 words.',
        '    Fix: Write 60–180 words of script for this slide.',
      ].join('\n'),
    );
  });
});
