import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'evidence',
  id: 'us-pakistan-relations',
  kicker: 'Implication 2 of 3',
  title: 'Engagement continued into 2026, after missile sanctions in 2023–24',
  evidence: {
    point: 'US–Pakistan relations',
    claim: 'A positive trajectory; whether it lasts “remains to be seen”',
    status: 'partly',
    finding: 'Engagement continued; sanctions in 2023–24',
    record: [
      { when: '24 Jul 2023', text: 'The US Central Command chief and the then army chief agree to promote cooperation', source: 'brecorder-2023-07' },
      { when: 'Oct 2023 – Dec 2024', text: 'Four rounds of US missile-related sanctions (listed under non-proliferation)', source: 'profit-2024-12' },
      { when: '25 Sep 2025', text: 'President Trump hosts PM Sharif and Field Marshal Munir in the Oval Office', source: 'dawn-2025-09' },
      { when: '22 Jan 2026', text: 'Pakistan signs the charter of President Trump’s Gaza “Board of Peace”', source: 'arynews-2026-01-peace' },
      { when: '28 Feb 2026', text: 'The US and Israel strike Iran; Pakistan condemns the strikes and urges diplomacy', source: 'arynews-2026-02' },
      {
        when: '7 Apr 2026',
        text: 'Trump credits Sharif and Munir for US–Iran ceasefire',
        detail: 'President Trump credits PM Sharif and Field Marshal Munir for a two-week US–Iran ceasefire (7 Apr)',
        source: 'indiatv-2026-04',
        onSlide: true,
      },
      { when: '11–12 Apr 2026', text: 'US–Iran talks led by Vice President Vance in Islamabad end without agreement', source: 'alquds-2026-04' },
      {
        when: '21 Apr 2026',
        text: 'President Trump extends the ceasefire, he says at the request of Field Marshal Munir and PM Sharif',
        source: 'jordantimes-2026-04',
      },
      {
        when: '18–22 Jun 2026',
        text: 'US–Iran memorandum signed, Pakistan mediating',
        detail: 'A US–Iran memorandum is signed with Pakistan as mediator (the “Islamabad MoU”, unrelated to the CIS-MOA); follow-on talks in Switzerland',
        source: 'dawn-2026-06',
        onSlide: true,
      },
    ],
    notFound: 'Anything on US–Pakistan defence from July to November 2026: a gap in what could be checked, not proof that nothing happened.',
  },
  notes: [
    'The second implication concerns the relationship itself. The article sees a positive trajectory, despite “occasional tensions and divergent interests”. It names two shared objectives, counterterrorism and regional stability, and says whether the cooperation lasts “remains to be seen”.',
    'The record partly supports this. Engagement continued at the top. On 7 April 2026, President Trump credited Prime Minister Sharif and Field Marshal Munir for a US–Iran ceasefire. In June 2026, a US–Iran memorandum was signed with Pakistan as mediator. It is called the Islamabad memorandum of understanding, and it is not this agreement.',
    'But the two sides also differed, above all over Pakistan’s missile programme, with four rounds of US sanctions in 2023 and 2024, as the next slide shows. So the article’s question is still open.',
  ].join('\n\n'),
  seconds: 60,
  cites: ['platoai-2023', 'indiatv-2026-04', 'dawn-2026-06', 'dunya-2025-05', 'profit-2024-12'],
});
