import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'evidence',
  id: 'us-pakistan-relations',
  kicker: 'Implication 2 of 3',
  title: 'Engagement continued alongside sanctions over missiles',
  evidence: {
    point: 'US–Pakistan relations',
    claim: 'A positive trajectory on shared aims; whether it lasts “remains to be seen”',
    status: 'partly',
    finding: '2023 talks agreed closer ties; later engagement coexists with missile sanctions',
    record: [
      {
        when: 'Jul 2023',
        text: 'CENTCOM chief and then army chief agree to enhance defence ties',
        source: 'hindu-2023',
      },
    ],
    sinceThen: [
      {
        when: '18 Dec 2024',
        text: 'US sanctions missile-programme entities; Pakistan calls it “unfortunate and biased”',
        source: 'profit-2024-12',
      },
      {
        when: '4 Mar 2025',
        text: 'Trump thanks Pakistan for helping arrest Kabul airport bombing suspect',
        source: 'thenews-2025-03',
      },
    ],
  },
  notes: [
    'The second implication concerns the relationship itself. The article sees a positive trajectory. It grants “occasional tensions and divergent interests”, but names two shared objectives: counterterrorism and regional stability. It also expects differences to persist, and says whether the cooperation lasts “remains to be seen”.',
    'The 2023 record supports the first part: in July, both sides agreed to enhance defence ties.',
    'The later record points both ways. On 18 December 2024, the US sanctioned four Pakistani entities over the long-range missile programme. Pakistan’s foreign ministry called that “unfortunate and biased”. On 4 March 2025, President Trump thanked Pakistan, in his address to Congress, for helping arrest a Kabul airport bombing suspect.',
    'So the article’s question is still open.',
  ].join('\n\n'),
  seconds: 56,
  cites: ['platoai-2023', 'hindu-2023', 'tribune-2023', 'profit-2024-12', 'thenews-2025-03'],
});
