import { defineSlide } from '../src/model.ts';

/** The grid's six rows are generated from the `evidence` of slides 05–10. */
export default defineSlide({
  layout: 'scorecard',
  id: 'scorecard',
  kicker: 'Scorecard',
  title: 'Four claims partly supported; two rest on the article',
  columns: ['Point', 'Status', 'Record'],
  notes: [
    'This grid puts the six claims side by side. Each row comes from the slide you have seen, so the two cannot disagree. Read across: the point, its status, and what the record shows. The legend gives each status a shape as well as a colour.',
    'Four points are partly supported. Military ties: closer ties were agreed in 2023, but no signing is confirmed. Technology: it fits secure communications, but hardware sales were not assured. Counterterrorism: operations and training were reported; intelligence exchange was not mentioned. Relations: engagement continued, and so did missile sanctions.',
    'Two points rest on the article alone. No report assesses a shift in the regional balance, and none links the agreement to the nuclear programme.',
    'No row reads “record differs”. These are gaps in the evidence, not contradictions.',
  ].join('\n\n'),
  seconds: 64,
  cites: ['platoai-2023', 'tribune-2023', 'hindu-2023', 'federal-2023', 'indianexpress-2018'],
});
