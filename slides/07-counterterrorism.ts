import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'points',
  id: 'counterterrorism',
  kicker: 'Insight 3 of 3',
  title: 'Counterterrorism cooperation',
  claim: 'The article sees the renewal as affirming a shared commitment against terrorism.',
  points: [
    'Both countries face terrorist groups operating in the region',
    'Article: enables intelligence exchange, joint operations and training',
  ],
  notes: [
    'The third insight is about counterterrorism. The article argues that the renewal highlights a shared commitment by Pakistan and the United States to combating terrorism.',
    'It notes that both countries have been engaged in what it calls a long-standing battle against various terrorist groups operating in the region. And it says the agreement facilitates three things: the exchange of intelligence, coordination in military operations, and joint training exercises. In the article’s view, all three are essential for effective counterterrorism.',
    'How does that compare with the press reports? They describe the agreement as covering joint exercises, operations, training, basing and equipment. The article’s points on operations and training match that. The exchange of intelligence is the article’s own addition; it is not in the list of items the press reports give.',
    'Counterterrorism is also more than a separate insight for the article. It comes back in the second implication, on US–Pakistan relations, as one of the shared objectives that hold the cooperation together.',
  ].join('\n\n'),
  seconds: 76,
  cites: ['platoai-2023', 'hindu-2023', 'federal-2023'],
});
