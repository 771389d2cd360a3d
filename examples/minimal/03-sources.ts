import { defineSlide } from '../../src/model.ts';
import { sources } from './sources.ts';

export default defineSlide({
  layout: 'sources',
  id: 'sources',
  title: 'Source',
  sources,
  credits: [],
  notes: [
    'The one source is the documentation of reveal.js, the presentation framework the engine draws its slides with. A real deck lists every source it cites here, each with its link, and each slide names the ones it uses at its foot.',
  ].join('\n\n'),
  seconds: 20,
  cites: ['revealjs'],
});
