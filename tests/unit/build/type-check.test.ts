import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTypeProblems, parseTypeErrors, typeCheckSlides } from '../../../src/build/type-check.ts';
import { syntaxErrorMessage } from '../../../src/build/deck-plugin.ts';

describe('the type checker’s word on the slides', () => {
  const output = [
    `slides/03-the-agreement.ts(4,3): error TS2820: Type '"pionts"' is not assignable to type '"agenda" | "points"'. Did you mean '"points"'?`,
    `slides/05-military-ties.ts(12,5): error TS2353: Object literal may only specify known properties, and 'claims' does not exist in type 'Evidence'.`,
    `  The expected type comes from property 'evidence'.`,
  ].join('\n');

  it('reads tsc’s plain output, continuation lines joined', () => {
    expect(parseTypeErrors(output)).toEqual([
      {
        file: 'slides/03-the-agreement.ts',
        line: 4,
        column: 3,
        code: 'TS2820',
        message: `Type '"pionts"' is not assignable to type '"agenda" | "points"'. Did you mean '"points"'?`,
      },
      {
        file: 'slides/05-military-ties.ts',
        line: 12,
        column: 5,
        code: 'TS2353',
        message:
          "Object literal may only specify known properties, and 'claims' does not exist in type 'Evidence'. The expected type comes from property 'evidence'.",
      },
    ]);
  });

  it('gives each with file:line:column, and the fix', () => {
    const message = formatTypeProblems(parseTypeErrors(output));
    expect(message).toMatch(
      /^The slides have 2 type errors, in the type checker's words:\n {2}slides\/03-the-agreement\.ts:4:3: Type '"pionts"'.*\(TS2820\)\n {2}slides\/05-military-ties\.ts:12:5: .*\(TS2353\)\n {2}Fix: /,
    );
  });
});

describe('a slide that does not parse', () => {
  it('is one line, file:line:col and the parser’s words, without colour codes or the code frame', () => {
    const error = {
      errors: [
        {
          message:
            '\u001b[31m[PARSE_ERROR] \u001b[0mExpected `,` or `}` but found `Identifier`\n   \u001b[38;5;246m╭\u001b[0m\u001b[38;5;246m─[\u001b[0m slides/03-the-agreement.ts:7:3 \u001b[38;5;246m]\u001b[0m\n 3 │ export default',
        },
      ],
    };
    expect(syntaxErrorMessage(error)).toBe(
      'A slide file does not parse:\n  slides/03-the-agreement.ts:7:3: Expected `,` or `}` but found `Identifier`\n  Fix: correct the TypeScript at that line and column (a missing comma, quote or bracket is the usual cause).',
    );
    expect(syntaxErrorMessage(new Error('something else'))).toBeUndefined();
  });
});

describe('typeCheckSlides', () => {
  const root = resolve(import.meta.dirname, '../../..');

  it('checks the chosen deck’s folder alone: a mistake in another deck fails only that deck', async () => {
    // Inside the project (its slides import the engine by relative path), in a folder git ignores.
    await mkdir(join(root, 'node_modules', '.cache'), { recursive: true });
    const folder = await mkdtemp(join(root, 'node_modules', '.cache', 'deck-test-'));
    try {
      await writeFile(join(folder, '01-bad.ts'), "import { defineSlide } from '../../../src/model.ts';\nexport default defineSlide({ layout: 'pionts' });\n");
      const problems = await typeCheckSlides(root, folder);
      expect(problems.map((problem) => problem.file)).toEqual([expect.stringMatching(/01-bad\.ts$/)]);
      expect(await typeCheckSlides(root, join(root, 'examples', 'minimal'))).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
