import { defineSlide } from '../../src/model.ts';

export default defineSlide({
  layout: 'title',
  id: 'title',
  title: 'The same engine, other content',
  subtitle: 'Three slides that build, present and export like the briefing',
  byline: 'Deck engine maintainers',
  credit: 'Built on reveal.js',
  scope: ['Its own words, labels and sources', 'No code of its own'],
  notes: [
    'This is the example deck. It exists to show that the engine in src/ knows nothing of the briefing it was made for.',
    'Everything you see comes from its own folder: the slides, the labels around them, the sources and the document facts. The same commands build it, present it and export it.',
  ].join('\n\n'),
  seconds: 25,
  cites: ['revealjs'],
});
