/**
 * The type checker's word on the slides, for the build and the dev server: a misspelt layout,
 * field or status is a type error that Vite (which strips types) would otherwise let through.
 * Runs the project's TypeScript on tsconfig.slides.json; its messages are kept as they are.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TypeProblem {
  /** Relative to the project, e.g. `slides/03-the-agreement.ts`. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The type checker's message, its continuation lines joined. */
  readonly message: string;
  readonly code: string;
}

const ERROR_LINE = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

/** tsc's plain output (`--pretty false`) as problems. */
export function parseTypeErrors(output: string): TypeProblem[] {
  const problems: TypeProblem[] = [];
  for (const line of output.split('\n')) {
    const match = ERROR_LINE.exec(line);
    const last = problems.at(-1);
    if (match) {
      const [, file = '', lineNumber = '0', column = '0', code = '', message = ''] = match;
      problems.push({ file, line: Number(lineNumber), column: Number(column), code, message });
    } else if (last && /^\s+\S/.test(line)) {
      problems[problems.length - 1] = { ...last, message: `${last.message} ${line.trim()}` };
    }
  }
  return problems;
}

/** The problems as one message: each with its file:line:column, as editors link them. */
export function formatTypeProblems(problems: readonly TypeProblem[]): string {
  const count = problems.length === 1 ? '1 type error' : `${problems.length} type errors`;
  const lines = problems.map((problem) => `  ${problem.file}:${problem.line}:${problem.column}: ${problem.message} (${problem.code})`);
  return `The slides have ${count}, in the type checker's words:\n${lines.join('\n')}\n  Fix: correct each at its file and line; src/model.ts lists every layout's fields and their values.`;
}

/** The project's TypeScript compiler, or undefined if it is not installed. */
function compiler(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  } catch {
    return undefined;
  }
}

/**
 * The project file that type-checks one deck: tsconfig.slides.json for slides/; for another deck
 * folder, a file in node_modules/.cache that extends it and includes that folder alone (so that
 * one deck's mistake never fails another's build).
 */
async function deckTsconfig(projectDir: string, deckDir: string): Promise<string> {
  const base = join(projectDir, 'tsconfig.slides.json');
  if (deckDir === join(projectDir, 'slides') || !existsSync(base)) return base;
  const folder = join(projectDir, 'node_modules', '.cache', 'deck-typecheck', createHash('sha256').update(deckDir).digest('hex').slice(0, 12));
  await mkdir(folder, { recursive: true });
  const tsconfig = join(folder, 'tsconfig.json');
  await writeFile(tsconfig, `${JSON.stringify({ extends: base, include: [deckDir] }, null, 2)}\n`);
  return tsconfig;
}

/** Type-checks the deck in `deckDir` (default slides/); [] when clean or when there is nothing to check with. */
export async function typeCheckSlides(projectDir: string, deckDir = join(projectDir, 'slides')): Promise<TypeProblem[]> {
  const tsc = compiler();
  const tsconfig = await deckTsconfig(projectDir, deckDir);
  if (tsc === undefined || !existsSync(tsconfig)) return [];
  try {
    await run(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', tsconfig], { cwd: projectDir, env: { ...process.env, NO_COLOR: '1' } });
    return [];
  } catch (error) {
    const output = (error as { stdout?: string }).stdout ?? '';
    const problems = parseTypeErrors(output);
    if (problems.length === 0) throw error; // tsc itself failed: not a slide's problem
    return problems;
  }
}
