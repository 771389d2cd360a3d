import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'points',
  id: 'military-ties',
  kicker: 'Insight 1 of 3',
  title: 'Strengthening military ties',
  claim: 'The article reads the renewal as a push for closer military ties.',
  points: [
    'Cooperation despite “occasional strains”',
    'Shared stakes: counterterrorism, regional stability, defence capabilities',
    'Framed as a “mutual commitment”',
  ],
  notes: [
    'The article’s first insight is that, by renewing, Pakistan is pressing on with its efforts to build closer military relations with Washington.',
    'Its reasoning runs like this. The relationship has seen what the article calls “occasional strains”, yet both countries still see value in working together on fighting terrorism, keeping the region stable and building defence capabilities. In the article’s reading, renewing shows a “mutual commitment” to closer military collaboration.',
    'The dated record is broadly consistent with that reading. The cabinet’s approval to sign followed the July 2023 meeting at which the US Central Command chief and Pakistan’s army chief agreed to enhance defence ties, as The Hindu reported.',
    'Two cautions, though. First, the article offers no evidence of deeper ties beyond the renewal itself. Second, the agreement is a framework: it makes closer cooperation possible rather than showing that it is already happening. Whether the ties actually deepen is one of the open questions we will return to at the end of the briefing.',
  ].join('\n\n'),
  seconds: 77,
  cites: ['platoai-2023', 'hindu-2023'],
});
