import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'synthesis',
  id: 'synthesis',
  title: 'How the points connect',
  insights: ['Military ties', 'Advanced technology', 'Counterterrorism'],
  implications: ['Regional dynamics', 'US–Pakistan relations', 'Non-proliferation'],
  links: [
    { from: 0, to: 0, why: 'Our link. The article says the agreement strengthens Pakistan’s standing in the region.' },
    { from: 0, to: 1, why: 'Our link. The article sees a positive trajectory in bilateral relations.' },
    { from: 1, to: 0, why: 'Our link. The regional paragraph says the agreement “enhances its military capabilities”; the technology insight concerns stronger defence capabilities.' },
    { from: 1, to: 2, why: 'Our link. The article says the agreement “indirectly contributes” to defence capability, the nuclear programme included.' },
    { from: 2, to: 1, why: 'Our link. The article names counterterrorism as a shared objective of the two countries.' },
  ],
  notes: [
    'These arrows are this briefing’s reading of how the article’s points connect. The article lists its insights, on the left, and its implications, on the right, separately and draws no links itself.',
    'First: military ties to regional dynamics. The article says the agreement raises Pakistan’s standing in South Asia; we read closer ties as the basis.',
    'Second: military ties to US–Pakistan relations. We connect the continued push for closer ties to the positive trajectory the article describes.',
    'Third: technology to regional dynamics. The regional paragraph says the agreement “enhances its military capabilities”, and the technology insight is about stronger defence capabilities. That shared idea grounds the link.',
    'Fourth: technology to non-proliferation. The article says the agreement “indirectly contributes” to Pakistan’s defence strength, nuclear programme included.',
    'Fifth: counterterrorism to bilateral relations. It is one of the two shared objectives the article names.',
    'Both links from technology lead to implications the article states conditionally, with “could potentially” and “could raise concerns”. Technology access is also where the press reports were more cautious than the article.',
  ].join('\n\n'),
  seconds: 80,
  cites: ['platoai-2023', 'federal-2023'],
});
