import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'conclusion',
  id: 'conclusion',
  title: 'Conclusion',
  takeaways: [
    'Lapsed 2020; cabinet approved signing renewal in 2023',
    'Article: closer ties, technology, counterterrorism cooperation',
    'Article: stability needs both sides’ interests balanced',
  ],
  watch: [
    'Will the renewal lead to US hardware sales?',
    'Will the renewed cooperation prove sustainable?',
  ],
  notes: [
    'To conclude, three takeaways.',
    'First, the facts. The CIS-MOA is a foundational agreement, first signed in 2005, that expired in 2020. Pakistan’s cabinet approved signing a renewed agreement in August 2023, after the US Central Command chief and Pakistan’s army chief met in July, with no official announcement at the time.',
    'Second, the article’s reading. It sees the renewal as strengthening military ties, opening access to advanced technology, and confirming a shared commitment to counterterrorism. From these it draws implications for South Asia’s balance of power, for US–Pakistan relations, and for non-proliferation.',
    'Third, the article’s own conclusion: as the cooperation develops, both countries will have to manage difficulties and keep their separate interests in balance if the region is to enjoy lasting stability and security.',
    'Two questions to watch. Will the renewal actually lead to US hardware sales, as some press reports suggested, or will purchases remain difficult, as a retired Pakistani officer cautioned? And will the renewed cooperation prove sustainable? On that, the article itself says it “remains to be seen”.',
  ].join('\n\n'),
  seconds: 80,
  cites: ['platoai-2023', 'hindu-2023', 'federal-2023'],
});
