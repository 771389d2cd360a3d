import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'synthesis',
  id: 'synthesis',
  title: 'The article links some points; we infer two more',
  insights: ['Military ties', 'Advanced technology', 'Counterterrorism'],
  implications: ['Regional dynamics', 'US–Pakistan relations', 'Non-proliferation'],
  links: [
    { from: 1, to: 0, basis: 'stated', label: 'Capabilities could shift balance' },
    { from: 1, to: 2, basis: 'stated', label: 'Capability includes nuclear programme' },
    { from: 2, to: 1, basis: 'stated', label: 'Named as shared objective' },
    { from: 0, to: 0, basis: 'inferred', label: 'Ties lift regional standing' },
    { from: 0, to: 1, basis: 'inferred', label: 'Same trend, seen twice' },
  ],
  notes: [
    'The article lists insights and implications separately, but it draws three links itself, shown solid. Technology leads to the region and to non-proliferation; counterterrorism leads to bilateral relations.',
    '[click] This briefing adds a dashed reading: closer military ties could lift Pakistan’s regional standing.',
    '[click] And closer ties and the positive trajectory are one trend, seen twice.',
  ].join('\n\n'),
  seconds: 30,
  cites: ['platoai-2023'],
});
