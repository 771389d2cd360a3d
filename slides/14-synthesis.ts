import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'synthesis',
  id: 'synthesis',
  title: 'The article links some points; we infer others',
  insights: ['Military ties', 'Advanced technology', 'Counterterrorism'],
  implications: ['Regional dynamics', 'US–Pakistan relations', 'Non-proliferation'],
  links: [
    { from: 0, to: 0, basis: 'inferred', label: 'Ties lift regional standing' },
    { from: 0, to: 1, basis: 'inferred', label: 'Same trend, seen twice' },
    { from: 1, to: 0, basis: 'stated', label: 'Capabilities could shift balance' },
    { from: 1, to: 2, basis: 'stated', label: 'Capability includes nuclear programme' },
    { from: 2, to: 1, basis: 'stated', label: 'Named as shared objective' },
  ],
  notes: [
    'The article lists insights and implications separately, but it does connect some of them. Solid arrows are links the article draws. Dashed arrows are this briefing’s reading. Where the article draws a link, it states the mechanism flatly and hedges only the consequence.',
    '[click] Military ties to the region, dashed. Our reading: closer US ties raise Pakistan’s standing. The article asserts the standing but not its source.',
    '[click] Military ties to bilateral relations, dashed. Our reading: closer ties and the positive trajectory are one trend, seen twice.',
    '[click] Technology to the region, solid. The article says the agreement enhances Pakistan’s military capabilities, which could shift the regional balance.',
    '[click] Technology to non-proliferation, solid. It says the agreement adds indirectly to defence capability, the nuclear programme included.',
    '[click] Counterterrorism to bilateral relations, solid. The article names counterterrorism as a shared objective.',
  ].join('\n\n'),
  seconds: 70,
  cites: ['platoai-2023'],
});
