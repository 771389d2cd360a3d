import { defineSlide } from '../src/model.ts';
import { sources } from './sources.ts';

export default defineSlide({
  layout: 'sources',
  id: 'sources',
  title: 'Sources',
  sources: sources,
  credits: [
    'Map data: Natural Earth, public domain, via the world-atlas package; no position on disputed borders is implied.',
  ],
  notes: [
    'The full list of sources is on this slide and in the handout. The argument comes from the source article. Every added fact comes from a named, dated press report, listed here with its link.',
    'Thank you. I am happy to take questions.',
  ].join('\n\n'),
  seconds: 25,
  cites: [
    'platoai-2023',
    'tribune-2023',
    'hindu-2023',
    'federal-2023',
    'indianexpress-2018',
    'brecorder-2024-05',
    'pakistantoday-2024-09',
    'profit-2024-12',
    'thenews-2025-03',
    'nie-2025-05',
    'dunya-2025-05',
    'brecorder-2025-06',
    'geo-2025-08',
    'livemint-2025-10',
    'dunya-2025-12',
    'natural-earth',
  ],
});
