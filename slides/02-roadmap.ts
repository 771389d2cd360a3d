import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'agenda',
  id: 'roadmap',
  title: 'Six claims, each set against the dated record',
  items: [
    { label: 'The agreement', detail: 'What it is; 2005 to 2026' },
    { label: 'Six claims', detail: 'Three insights, three implications' },
    { label: 'The record', detail: 'One grid; events to June 2026' },
    { label: 'So what', detail: 'Judgements and what to watch' },
  ],
  notes: [
    'Here is the route. First, the agreement: what it is, and its path from a 2005 signing to a reported approval in 2023.',
    'Second, the article’s three insights and three implications, each set against the dated record.',
    'Third, one grid for all six, and one strip of events up to June 2026.',
    'Last, what it means for us, and what to watch. The talk takes about sixteen minutes.',
  ].join('\n\n'),
  seconds: 33,
  cites: ['platoai-2023'],
});
