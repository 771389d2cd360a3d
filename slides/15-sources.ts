import { defineSlide } from '../src/model.ts';
import { sourcesUntil } from './sources.ts';

export default defineSlide({
  layout: 'sources',
  id: 'sources',
  title: 'Sources: the article, and reports to May 2025',
  sources: sourcesUntil('2025-05-31'),
  credits: [],
  notes: [
    'The sources are listed on this slide and the next, with their links, and in the handout. The argument is the article’s own. Every fact I added comes from a named, dated press report, and each slide’s foot names the ones it uses.',
  ].join('\n\n'),
  seconds: 22,
  cites: ['platoai-2023'],
});
