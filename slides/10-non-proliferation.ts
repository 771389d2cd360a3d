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
    'The third implication is the most sensitive. The article notes that Pakistan’s nuclear programme has long been a subject of international concern, and it argues that the renewal raises questions for non-proliferation efforts.',
    'Its reasoning has two steps. First, it accepts that the agreement primarily concerns communication and information security. Second, it argues that the agreement “indirectly contributes” to Pakistan’s overall defence capabilities, including its nuclear programme, and that this could concern non-proliferation advocates and affect global efforts to prevent the spread of nuclear weapons.',
    'This is best presented as the article’s claim rather than an established effect. The article does not explain how that contribution would happen. And the coverage the press reports describe, namely exercises, operations, training, basing and equipment, makes no mention of the nuclear programme.',
    'So the link rests on a general argument: what adds to overall defence capability also touches the nuclear programme. Listeners may weigh that differently, but it is an inference, and we label it as such.',
  ].join('\n\n'),
  seconds: 77,
  cites: ['platoai-2023', 'hindu-2023', 'federal-2023'],
});
