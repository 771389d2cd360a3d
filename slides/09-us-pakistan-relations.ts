import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'points',
  id: 'us-pakistan-relations',
  kicker: 'Implication 2 of 3',
  title: 'US–Pakistan relations',
  claim: 'The article sees a positive trajectory, but its durability is uncertain.',
  points: [
    'Shared aims: counterterrorism and regional stability',
    'Article expects challenges and differences to remain',
  ],
  quote: { text: 'remains to be seen', attribution: 'Source article (PlatoAI)' },
  notes: [
    'The second implication is for the bilateral relationship. The article reads the renewal as a sign that relations are heading in a positive direction.',
    'Its argument mirrors the first insight. It acknowledges “occasional tensions and divergent interests”, yet says both countries see value in cooperating where their concerns overlap. The agreement, it says, shows that both are prepared to pursue common goals, and it names two: counterterrorism and regional stability.',
    'This section also carries the article’s own caveat. The article expects challenges and differences to persist, and it says plainly that whether the revived cooperation will last “remains to be seen”. It is the most cautious sentence in the piece.',
    'The timeline supports the positive reading up to a point: the July 2023 meeting, where both sides agreed to enhance defence ties, and the cabinet’s approval to sign that followed. But the approval was not officially announced at the time, and an agreement that enables cooperation does not guarantee it. Durability is therefore an open question rather than a finding.',
  ].join('\n\n'),
  seconds: 79,
  cites: ['platoai-2023', 'hindu-2023', 'federal-2023'],
});
