import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'title',
  id: 'title',
  title: 'Pakistan’s reported CIS-MOA renewal with the United States',
  subtitle: 'A September 2023 article’s claims, set against the record to June 2026',
  byline: 'Policy briefing team · December 2026',
  credit: 'Source article: PlatoAI / PlatoWire, 20 September 2023',
  scope: [
    'Approval to sign reported in 2023; no signing found',
    'Record checked to June 2026; nothing found after',
    'Every added fact cites a named press report',
  ],
  notes: [
    'Good morning. This briefing looks at Pakistan’s reported 2023 renewal of a defence agreement with the United States. The press calls it the CIS-MOA; the article writes CISMOA. Say it “sis-MO-ah”.',
    'It starts from one article, published by PlatoAI on its PlatoWire service on 20 September 2023. The article has no byline, no dates and no sources. So every fact I add comes from a named press report.',
    'One point up front. In August 2023, Pakistan’s cabinet was reported to have approved signing a renewal. No report since then confirms a signing. Our record runs to June 2026, and we found nothing after that.',
  ].join('\n\n'),
  seconds: 49,
  cites: ['platoai-2023', 'tribune-2023', 'hindu-2023'],
});
