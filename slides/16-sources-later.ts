import { defineSlide } from '../src/model.ts';
import { sourcesAfter } from './sources.ts';

export default defineSlide({
  layout: 'sources',
  id: 'sources-later',
  title: 'Sources: reports from June 2025',
  sources: sourcesAfter('2025-05-31'),
  credits: [],
  notes: [
    'The second list runs from June 2025 to June 2026, where our record stops. One 2026 report was read through a copy of the outlet’s page, and one report is undated; the list says which.',
    'Thank you. I am happy to take questions.',
  ].join('\n\n'),
  seconds: 22,
  cites: ['platoai-2023'],
});
