import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The baseline, sized like the deck: bench/baseline/index.html's first slide repeated once per
 * slide file in slides/, as a plain reveal.js page and as the same content in Marp Markdown.
 */
export async function writeBaseline(root: string, folder: string): Promise<{ slides: number; source: string; markdown: string }> {
  const slides = (await readdir(join(root, 'slides'))).filter((name) => /^\d\d[a-z]?-.*\.ts$/.test(name)).length;
  const template = await readFile(join(root, 'bench/baseline/index.html'), 'utf8');
  const first = /<section id="slide-1">[\s\S]*?<\/section>/.exec(template)?.[0];
  if (first === undefined) throw new Error('bench/baseline/index.html: no <section id="slide-1">');
  const numbered = Array.from({ length: slides }, (_, index) => first.replaceAll('slide-1', `slide-${index + 1}`).replaceAll('slide 1', `slide ${index + 1}`));
  const html = template.replace(/<div class="slides">[\s\S]*<\/div>\s*<\/div>/, `<div class="slides">\n${numbered.join('\n')}\n      </div>\n    </div>`);
  const source = join(folder, 'baseline-src');
  await mkdir(source, { recursive: true });
  await writeFile(join(source, 'index.html'), html);
  await copyFile(join(root, 'bench/baseline/main.ts'), join(source, 'main.ts'));

  const text = (pattern: RegExp, section: string): string[] => [...section.matchAll(pattern)].map((match) => match[1] ?? '');
  const markdown = join(folder, 'baseline.md');
  const pages = numbered.map((section) =>
    [
      `## ${text(/<h2>(.*?)<\/h2>/g, section)[0] ?? ''}`,
      '',
      ...text(/<li>(.*?)<\/li>/g, section).map((item) => `- ${item}`),
      '',
      `<!-- ${text(/<aside class="notes">([\s\S]*?)<\/aside>/g, section)[0] ?? ''} -->`,
    ].join('\n'),
  );
  await writeFile(markdown, `---\nmarp: true\n---\n\n${pages.join('\n\n---\n\n')}\n`);
  return { slides, source, markdown };
}
