import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withPageParts } from '../../../src/build/page-parts.ts';

const page = (name: string): string => readFileSync(resolve(import.meta.dirname, '../../../src', name), 'utf8');

describe('withPageParts', () => {
  it('puts each shared part where a page asks for it', () => {
    const html = withPageParts('<head>\n    <!-- page:head -->\n    <!-- page:needs-server-style -->\n  </head>', 'test.html');
    expect(html).toContain('<meta charset="utf-8" />');
    expect(html).toContain('<!-- needs-server:start -->\n    <style>');
    expect(html).not.toContain('page:');
  });

  it('names the page and the part it does not have', () => {
    expect(() => withPageParts('<!-- page:footer -->', 'src/index.html')).toThrow(
      'src/index.html asks for the page part "footer", which src/build/page-parts.ts does not have.',
    );
  });

  it('is where the pages get their head and their "needs a web server" message: none writes its own', () => {
    for (const name of ['index.html', 'handout.html', 'remote.html']) {
      expect(page(name), name).toContain('<!-- page:head -->');
      expect(page(name), name).not.toContain('<meta charset');
      expect(page(name), name).not.toContain('class="needs-server"');
      expect(page(name), name).not.toContain('.needs-server {');
    }
    for (const name of ['index.html', 'handout.html']) expect(page(name), name).toContain('<!-- page:needs-server -->');
  });
});
