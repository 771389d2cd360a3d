import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'evidence',
  id: 'counterterrorism',
  kicker: 'Insight 3 of 3',
  title: 'Two of three items match press reports',
  evidence: {
    point: 'Counterterrorism',
    claim: 'Aids intelligence exchange, “coordination in military operations”, joint training exercises',
    status: 'partly',
    finding: 'Press lists exercises, operations, training; not intelligence exchange',
    record: [
      {
        when: '3 Aug 2023',
        text: 'Covers joint exercises, operations, training, basing and equipment',
        source: 'hindu-2023',
      },
    ],
    sinceThen: [
      {
        when: '10 May 2024',
        text: 'Joint dialogue names TTP, ISIS-Khorasan as shared threats',
        source: 'brecorder-2024-05',
      },
    ],
  },
  figure: {
    kind: 'compare',
    left: {
      heading: 'Article lists',
      items: [
        { key: 'intelligence', text: 'Intelligence exchange' },
        { key: 'operations', text: 'Coordination in military operations' },
        { key: 'training', text: 'Joint training exercises' },
      ],
    },
    right: {
      heading: 'Press reports list',
      items: [
        { key: 'training', text: 'Joint exercises, training' },
        { key: 'operations', text: 'Operations' },
        { key: 'basing', text: 'Basing' },
        { key: 'equipment', text: 'Equipment' },
      ],
    },
  },
  notes: [
    'The third insight is counterterrorism. The article sees a shared commitment to fighting terrorist groups in the region. It credits the agreement with easing intelligence exchange, “coordination in military operations”, and joint training exercises.',
    'The figure sets that list beside the 2023 press reports. The Hindu and The Federal, both rewriting The Express Tribune, list joint exercises, operations, training, basing and equipment.',
    'Operations and training match. Note the wording: coordination in operations, not joint operations. Intelligence exchange has no match; on that item the briefing relies on the article alone.',
    'Since then, counterterrorism has stayed on the shared agenda. On 10 May 2024, a US–Pakistan dialogue named the TTP and ISIS-Khorasan as shared threats.',
  ].join('\n\n'),
  seconds: 55,
  cites: ['platoai-2023', 'hindu-2023', 'federal-2023', 'tribune-2023', 'brecorder-2024-05'],
});
