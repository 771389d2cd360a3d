import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'points',
  id: 'advanced-technology',
  kicker: 'Insight 2 of 3',
  title: 'Advanced technology',
  claim: 'The article says CIS-MOA gives Pakistan access to advanced US technology.',
  points: [
    'Examples given: secure communications, encrypted software',
    'Aim: modernisation and credible deterrence',
    'Counterpoint: US hardware purchases may stay difficult',
  ],
  notes: [
    'The second insight concerns technology. The article states that the agreement opens the way for Pakistan to obtain advanced US military equipment and technology. Its examples include encrypted software and secure communication systems. By renewing, it argues, Pakistan wants to strengthen its defence capabilities and bring its armed forces up to date, which the article regards as vital to keeping a credible deterrent against potential threats.',
    'Set this against the press coverage. The Hindu reports that the agreement gives the US Department of Defense legal cover to sell military equipment to a partner. That is an enabling condition, not a sale in itself.',
    'Press reports at the time did read the renewal as a possible opening for US hardware sales to Pakistan. But The Federal also reported that a retired senior Pakistani officer cautioned that buying US hardware would still not be easy.',
    'So the fair summary is this: the article describes access as a consequence of the agreement; the press reports treat it as a possibility.',
  ].join('\n\n'),
  seconds: 78,
  cites: ['platoai-2023', 'hindu-2023', 'federal-2023'],
});
