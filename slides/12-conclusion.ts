import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'conclusion',
  id: 'conclusion',
  title: 'Conclusion',
  takeaways: [
    'Lapsed in 2020; renewal approved in 2023',
    'Article: closer ties, technology, counterterrorism cooperation',
    'Article: stability needs both sides’ interests balanced',
  ],
  watch: [
    'Will the renewal lead to US hardware sales?',
    'Will the renewed cooperation prove sustainable?',
  ],
  notes: [
    'To conclude, three takeaways.',
    'First, the facts. The CIS-MOA is a foundational agreement, first signed in 2005, that expired in 2020. Pakistan’s cabinet approved its renewal in August 2023, after a July meeting of the two militaries’ senior commanders, without an official announcement at the time.',
    'Second, the article’s reading. It sees the renewal as strengthening military ties, opening access to advanced technology, and confirming a shared commitment to counterterrorism. From these it draws implications for South Asia’s balance of power, for US–Pakistan relations, and for non-proliferation.',
    'Third, the article’s own conclusion: as the cooperation unfolds, both countries will need to navigate challenges and balance their respective interests for long-term stability and security in the region.',
    'Two questions to watch. Will the renewal actually lead to US hardware sales, as some press reports suggested, or will purchases remain difficult, as a retired Pakistani officer cautioned? And will the renewed cooperation prove sustainable? On that, the article itself says it remains to be seen.',
  ].join('\n\n'),
  seconds: 77,
  cites: ['platoai-2023', 'hindu-2023', 'federal-2023'],
});
