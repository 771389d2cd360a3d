import { defineSlide } from '../src/model.ts';

/** The grid's six rows are generated from the `evidence` of slides 05–10. */
export default defineSlide({
  layout: 'scorecard',
  id: 'scorecard',
  kicker: 'Claims versus record',
  title: 'Four claims partly supported; two rest on the article',
  notes: [
    'This grid puts the six claims side by side. Each row comes from the slide you have seen, so the two cannot disagree. Read across: the point, the claim, its status, and the record.',
    'Four claims are partly supported. Military ties: both sides agreed in July 2023 to enhance ties, and cabinet approval to sign was reported. No formal signing has been found.',
    'Technology: secure-communications transfers fit what such agreements do, but hardware sales were only a possibility in 2023.',
    'Counterterrorism: operations and training match the press list; intelligence exchange does not.',
    'Relations: engagement continued after 2023, alongside US missile sanctions that Pakistan calls biased.',
    'Two claims rest on the article alone: a shift in the regional balance, and a link to the nuclear programme.',
    'No row reads “record differs”. The gaps are gaps in evidence, not contradictions.',
  ].join('\n\n'),
  seconds: 72,
  cites: [
    'platoai-2023',
    'tribune-2023',
    'hindu-2023',
    'federal-2023',
    'indianexpress-2018',
    'profit-2024-12',
  ],
});
