import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'title',
  id: 'title',
  title: 'Pakistan’s CIS-MOA renewal with the United States',
  subtitle: 'Key insights and implications from a 2023 article',
  byline: 'Policy briefing team · Prepared November 2026',
  credit: 'Source article: PlatoAI / PlatoWire, 20 September 2023',
  notes: [
    'Good morning. This briefing looks at Pakistan’s 2023 decision to renew a defence agreement with the United States, known in the press reports of the renewal as the CIS-MOA.',
    'It is built around one article, published by PlatoAI on its PlatoWire service on 20 September 2023. That article sets out three key insights and three implications. I will present its argument faithfully, add dated context from contemporary press reports, and point out where the article offers interpretation rather than established fact. The whole talk takes about fifteen minutes.',
  ].join('\n\n'),
  seconds: 41,
  cites: ['platoai-2023', 'hindu-2023'],
});
