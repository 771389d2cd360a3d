import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'title',
  id: 'title',
  title: 'Pakistan’s CIS-MOA renewal with the United States',
  subtitle: 'A 2023 article’s insights and implications, set against the record',
  byline: 'Policy briefing team · Prepared November 2026',
  credit: 'Source article: PlatoAI / PlatoWire, 20 September 2023',
  scope: [
    'The article has no byline, no dates and no sources',
    'Every added fact comes from a cited press report',
    'The deck’s record runs to December 2025',
  ],
  notes: [
    'Good morning. This briefing looks at Pakistan’s 2023 move to renew a defence agreement with the United States. The press calls it the CIS-MOA; the article writes CISMOA. Either way, say it “sis-MO-ah”.',
    'Everything starts from one article, published by PlatoAI on its PlatoWire service on 20 September 2023. It has no byline, no dates and no sources. So every fact I add comes from a named press report.',
    'For each of the article’s six points, the slide shows its claim beside the dated record. That record runs to December 2025. The talk takes about fifteen minutes.',
  ].join('\n\n'),
  seconds: 48,
  cites: ['platoai-2023', 'tribune-2023', 'hindu-2023'],
});
