import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'agenda',
  id: 'roadmap',
  title: 'Six claims, each checked against the record',
  items: [
    { label: 'The agreement', detail: 'What it is; 2005 to 2023' },
    { label: 'Six claims', detail: 'Insights and implications beside the record' },
    { label: 'The record', detail: 'One grid; events to Dec 2025' },
    { label: 'Wrap-up', detail: 'Synthesis, takeaways, what to watch' },
  ],
  notes: [
    'Here is the route. First, the agreement: what it is, and how it went from a 2005 signing to a reported approval in 2023.',
    'Second, the article’s six points, each set beside the press record.',
    'Third, one grid for all six claims, then what happened after the article, up to December 2025.',
    'Last, how the points connect, the takeaways, and what to watch.',
  ].join('\n\n'),
  seconds: 31,
  cites: ['platoai-2023'],
});
