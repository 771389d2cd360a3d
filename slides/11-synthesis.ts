import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'synthesis',
  id: 'synthesis',
  title: 'How the insights connect',
  insights: ['Military ties', 'Advanced technology', 'Counterterrorism'],
  implications: ['Regional dynamics', 'US–Pakistan relations', 'Non-proliferation'],
  links: [
    { from: 0, to: 0, why: 'Closer military ties strengthen Pakistan’s regional position, the article argues.' },
    { from: 0, to: 1, why: 'Closer military ties signal a positive bilateral trajectory, in the article’s reading.' },
    { from: 1, to: 0, why: 'Enhanced military capabilities could affect the regional balance of power.' },
    { from: 1, to: 2, why: 'Added defence capability indirectly touches the nuclear programme, the article claims.' },
    { from: 2, to: 1, why: 'Counterterrorism is a shared objective underpinning bilateral cooperation.' },
  ],
  notes: [
    'This slide pulls the argument together: the article’s three insights on the left, its three implications on the right. I will reveal the links one at a time.',
    'First link: military ties to regional dynamics. The article says the agreement strengthens Pakistan’s position as a key player in the region.',
    'Second: military ties to US–Pakistan relations. The continued effort to work together is what the article reads as a positive trajectory.',
    'Third: technology to regional dynamics. Enhanced military capabilities are the channel through which the article sees a possible effect on the balance with India.',
    'Fourth: technology to non-proliferation. This is the article’s claim that added defence capability indirectly contributes to the nuclear programme.',
    'Fifth: counterterrorism to US–Pakistan relations. Counterterrorism is one of the two shared objectives the article names.',
    'Notice the pattern. Both links from technology lead to implications the article states conditionally, with “could potentially” and “could raise concerns”. And technology access is also where the press reports were more cautious than the article.',
  ].join('\n\n'),
  seconds: 85,
  cites: ['platoai-2023', 'federal-2023'],
});
