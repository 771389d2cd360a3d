import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'evidence',
  id: 'non-proliferation',
  kicker: 'Implication 3 of 3',
  title: 'The nuclear link is the article’s inference',
  evidence: {
    point: 'Non-proliferation',
    claim: 'Agreement indirectly aids defence capability, the nuclear programme included',
    status: 'article-only',
    finding: 'No 2023 report links the agreement to the nuclear programme',
    record: [],
    sinceThen: [
      {
        when: '12 Sep 2024',
        text: 'US sanctions Chinese suppliers and a Pakistani firm over ballistic missiles',
        source: 'pakistantoday-2024-09',
      },
    ],
  },
  figure: {
    kind: 'chain',
    steps: [
      { text: 'Focus: “communication and information security” (article’s name variant)', support: 'article' },
      { text: 'Adds to Pakistan’s overall defence capability', support: 'article' },
      { text: 'Reaches the nuclear programme, “indirectly”', support: 'unsupported' },
      { text: 'Could worry non-proliferation advocates', support: 'article' },
    ],
  },
  notes: [
    'The third implication is the most sensitive. The article notes long-standing international concern about Pakistan’s nuclear programme, and says the renewal raises questions for non-proliferation.',
    'The chain shows its reasoning. The agreement mainly concerns communication and information security, a phrase from the article’s own variant of the name. Yet it adds indirectly to Pakistan’s overall defence capability, the nuclear programme included. So non-proliferation advocates could be concerned.',
    'The article states the mechanism flatly and hedges only the consequence. The record does not support the third step, so it is drawn dashed. No 2023 report links the agreement to the nuclear programme.',
    'Since then, the US imposed missile-related sanctions in September and December 2024. Pakistan called the December sanctions “unfortunate and biased”. No report links either round to this agreement.',
  ].join('\n\n'),
  seconds: 62,
  cites: ['platoai-2023', 'tribune-2023', 'hindu-2023', 'federal-2023', 'pakistantoday-2024-09', 'profit-2024-12'],
});
