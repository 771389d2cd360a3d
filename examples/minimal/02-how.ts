import { defineSlide } from '../../src/model.ts';

export default defineSlide({
  layout: 'points',
  id: 'how',
  kicker: 'How',
  title: 'A folder of slides is a deck',
  claim: 'Point the commands at the folder',
  points: ['npm run export -- --deck examples/minimal', 'npm run present -- --deck examples/minimal', 'DECK=examples/minimal npm start'],
  notes: [
    'A deck is a folder with an index, its metadata, its sources, its labels and one file per slide. Each slide picks a layout and fills its fields.',
    'Give the folder to the export or to npm run present with the deck option, or set DECK for the dev server. The build goes to a folder of its own, so the briefing’s build is untouched.',
  ].join('\n\n'),
  seconds: 30,
  cites: ['revealjs'],
});
