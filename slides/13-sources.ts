import { defineSlide } from '../src/model.ts';
import { sources } from './sources.ts';

export default defineSlide({
  layout: 'sources',
  id: 'sources',
  title: 'Sources',
  sources: sources,
  credits: [
    'Map data: Natural Earth, public domain, via the world-atlas package.',
    'Map: boundaries as drawn by Natural Earth; no position on disputed borders is implied.',
  ],
  notes: [
    'Finally, the sources. The argument of this briefing comes from the PlatoAI article of 20 September 2023. The agreement’s name, its coverage and the timeline come from The Hindu, citing The Express Tribune, and from The Federal, both of 3 August 2023. The comparison with India’s COMCASA comes from The Indian Express of 7 September 2018.',
    'Full titles and links are on the slide. Thank you; I am happy to take questions.',
  ].join('\n\n'),
  seconds: 35,
  cites: ['platoai-2023', 'hindu-2023', 'federal-2023', 'indianexpress-2018', 'natural-earth'],
});
