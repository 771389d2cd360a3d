/**
 * The page's measuring (page/, browser modules) as one script, bundled by rolldown when an export
 * needs it: the modules stay ordinary, type-checked browser code, and nothing is serialised
 * function by function (which broke under a loader that renames functions: `__name is not defined`).
 */
import { join } from 'node:path';
import type { MeasuredSelectors } from '../../constants.ts';

/** The page script's entry, in the project. */
export const PAGE_ENTRY = 'src/export/pptx/page/index.ts';
/** The global the bundled script defines, holding the entry's exports. */
const GLOBAL = '__deckPptxMeasure';

/** The bundled script: defines the global with `measureSlides`. */
export async function pageScript(projectDir: string): Promise<string> {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({ input: join(projectDir, PAGE_ENTRY), cwd: projectDir, logLevel: 'warn' });
  try {
    const { output } = await bundle.generate({ format: 'iife', name: GLOBAL, codeSplitting: false });
    const [chunk] = output;
    if (output.length !== 1 || chunk?.type !== 'chunk') throw new Error(`${PAGE_ENTRY}: bundled into ${output.length} files, expected one script.`);
    return chunk.code;
  } finally {
    await bundle.close();
  }
}

/** An expression for page.evaluate: the bundled script, then the measuring of every slide, as JSON. */
export function measuringExpression(script: string, selectors: MeasuredSelectors): string {
  return `(() => { ${script}\n; return ${GLOBAL}.measureSlides(${JSON.stringify(selectors)}); })()`;
}
