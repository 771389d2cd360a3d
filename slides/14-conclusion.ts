import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'conclusion',
  id: 'conclusion',
  title: 'The renewal is reported, not confirmed',
  headings: ['So what', 'Watch for'],
  takeaways: [
    'Treat the renewal as reported, not settled',
    'Cooperation continued; no report credits this agreement',
    'Regional and nuclear effects remain the article’s inference',
  ],
  watch: [
    { indicator: 'Signing statement (none found since 2023)', signal: 'would settle the renewal' },
    { indicator: 'Missile sanctions (last found Dec 2024)', signal: 'would mark renewed friction' },
    { indicator: 'Counterterrorism dialogue (last found Aug 2025)', signal: 'would show cooperation holding' },
    { indicator: 'F-16 package (notified Dec 2025; cleared)', signal: 'a contract would show sales moving' },
  ],
  notes: [
    'So what does this mean for us? Three judgements.',
    'First, treat the renewal as reported, not settled. Pakistan’s cabinet was reported in August 2023 to have approved signing. Through June 2026 we found no signing date, no signatories and no official statement. The article’s title takes the renewal as done; the record does not.',
    'Second, the cooperation the article describes did continue: counterterrorism dialogues, a joint exercise in January 2026, meetings at the White House. But no report we found credits any of it to this agreement.',
    'Third, the regional and nuclear implications are the article’s own inference. No report assesses a shift in the balance with India, and none links the agreement to the nuclear programme.',
    'What to watch, each with its date. A signing statement: we found none after the reported approval of August 2023, and one would settle the question. New US missile sanctions: the last round we found was in December 2024, and another would mark renewed friction. The next counterterrorism dialogue: the last we found was in August 2025, and a new one would show cooperation holding. And the F-16 package, notified in December 2025 and reported cleared: a contract would show sales moving ahead.',
    'Our record stops in June 2026. We found nothing after that, which is a limit of our search, not proof that nothing happened.',
  ].join('\n\n'),
  seconds: 106,
  cites: ['platoai-2023', 'tribune-2023', 'arynews-2026-01', 'profit-2024-12', 'shillongtimes-2025-08', 'dunya-2025-12', 'topstory-2026'],
});
