import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'points',
  id: 'us-pakistan-relations',
  kicker: 'Implication 2 of 3',
  title: 'US–Pakistan relations',
  claim: 'The article sees a positive trajectory, but its durability is uncertain.',
  points: [
    'Shared aims: counterterrorism and regional stability',
    'Tensions and divergent interests will persist',
  ],
  quote: { text: 'remains to be seen', attribution: 'Source article (PlatoAI)' },
  notes: [
    'The second implication is for the bilateral relationship. The article reads the renewal as reflecting a positive trajectory in US–Pakistan relations.',
    'Its argument mirrors the first insight. Despite occasional tensions and divergent interests, both countries recognise the value of cooperating on matters of mutual concern. The agreement, it says, signals a willingness to work together on shared objectives, and it names two: counterterrorism and regional stability.',
    'This section also carries the article’s own caveat. The article acknowledges that challenges and differences will continue to exist, and it says plainly that the sustainability of this renewed cooperation “remains to be seen”. It is the most cautious sentence in the piece.',
    'The timeline supports the positive reading up to a point: the July 2023 meeting, where both sides agreed to enhance defence ties, and the cabinet approval that followed. But the approval was not officially announced at the time, and an agreement that enables cooperation does not guarantee it. Durability is therefore an open question rather than a finding.',
  ].join('\n\n'),
  seconds: 78,
  cites: ['platoai-2023', 'hindu-2023', 'federal-2023'],
});
