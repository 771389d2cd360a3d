import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'points',
  id: 'non-proliferation',
  kicker: 'Implication 3 of 3',
  title: 'Non-proliferation concerns',
  claim: 'The article argues the renewal raises questions for non-proliferation efforts.',
  points: [
    'Agreement’s focus: communication and information security',
    'Claimed link to the nuclear programme is indirect',
  ],
  quote: { text: 'indirectly contributes', attribution: 'Source article (PlatoAI)' },
  notes: [
    'The third implication is the most sensitive. The article points out that the international community has worried about Pakistan’s nuclear programme for many years, and it argues that the renewal raises questions for non-proliferation efforts.',
    'Its reasoning has two steps. First, it accepts that the agreement primarily concerns communication and information security. Second, it argues that the agreement “indirectly contributes” to Pakistan’s defence capacity as a whole, the nuclear programme included, and that this could worry non-proliferation advocates and affect international work to stop nuclear weapons from spreading.',
    'This is best presented as the article’s claim rather than an established effect. The article does not explain how that contribution would happen. And the nuclear programme is not among the items the press reports cited here list as covered, namely exercises, operations, training, basing and equipment.',
    'So the link rests on a general argument: what adds to overall defence capability also touches the nuclear programme. Listeners may weigh that differently, but it is an inference, and we label it as such.',
  ].join('\n\n'),
  seconds: 79,
  cites: ['platoai-2023', 'hindu-2023', 'federal-2023'],
});
