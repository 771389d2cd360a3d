import type { Source } from '../../src/model.ts';

/** The example deck's one source. */
export const sources = [
  {
    id: 'revealjs',
    outlet: 'reveal.js',
    shortName: 'reveal.js documentation',
    title: 'reveal.js: the HTML presentation framework',
    date: 'undated',
    url: 'https://revealjs.com/',
    usedFor: 'What the framework under the engine does.',
  },
] as const satisfies readonly Source[];
