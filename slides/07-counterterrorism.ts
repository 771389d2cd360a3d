import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'points',
  id: 'counterterrorism',
  kicker: 'Insight 3 of 3',
  title: 'Counterterrorism cooperation',
  claim: 'The article sees the renewal as affirming a shared commitment against terrorism.',
  points: [
    'Article: both countries face terrorist groups in the region',
    'Article: enables intelligence exchange, joint operations and training',
  ],
  notes: [
    'The third insight is about counterterrorism. The article argues that the renewal highlights a shared commitment by Pakistan and the United States to combating terrorism.',
    'It says both countries have spent years fighting a range of terrorist groups active in the region, a struggle it calls “long-standing”. And it credits the agreement with making three things easier: sharing intelligence, coordinating military operations, and training together in joint exercises. In the article’s view, all three are essential to effective counterterrorism.',
    'How does that compare with the press reports? They describe the agreement as covering joint exercises, operations, training, basing and equipment. The article’s points on operations and training match that. Intelligence exchange, however, is not among the items the press reports cited here list; on that point the briefing relies on the article alone.',
    'Counterterrorism is also more than a separate insight for the article. It comes back in the second implication, on US–Pakistan relations, as one of the shared objectives that hold the cooperation together.',
  ].join('\n\n'),
  seconds: 77,
  cites: ['platoai-2023', 'hindu-2023', 'federal-2023'],
});
