import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'agenda',
  id: 'roadmap',
  title: 'Roadmap',
  items: [
    { label: 'The agreement', detail: 'What it is and how we got here' },
    { label: 'Three insights', detail: 'Ties, technology, counterterrorism' },
    { label: 'Three implications', detail: 'Region, bilateral relations, non-proliferation' },
    { label: 'Synthesis and conclusion', detail: 'How it connects; what to watch' },
  ],
  notes: [
    'Here is the route. First, the agreement itself: what the CIS-MOA is, what it covers, and a short timeline from its first signing in 2005 to the cabinet’s August 2023 approval to sign a renewal. The source article gives no dates and little background, so this part draws on contemporary press reports.',
    'Second, the article’s three key insights: that the renewal strengthens military ties, that it gives Pakistan access to advanced technology, and that it reflects a shared commitment to counterterrorism.',
    'Third, its three implications: for the balance of power in South Asia, for the direction of relations between Washington and Islamabad, and for non-proliferation.',
    'Finally, I will connect the insights to the implications, draw out three takeaways, and suggest what to watch next.',
    'Throughout, I will try to keep two things apart: what the article claims, and what the press reports establish. The article is an analysis rather than a record of events, and several of its points are interpretations that informed observers could weigh differently.',
  ].join('\n\n'),
  seconds: 78,
  cites: ['platoai-2023', 'hindu-2023'],
});
