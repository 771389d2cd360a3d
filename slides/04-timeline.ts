import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'timeline',
  id: 'timeline',
  kicker: 'Timeline',
  title: 'From 2005 signing to renewal decision',
  events: [
    { when: 'Oct 2005', year: 2005, label: 'First signed', detail: 'Fifteen-year term begins' },
    { when: '2020', year: 2020, label: 'Expired', detail: 'Agreement lapses' },
    { when: 'Jul 2023', year: 2023, label: 'Kurilla–Munir meeting', detail: 'Both agree to enhance defence ties' },
    { when: 'Aug 2023', year: 2023, label: 'Cabinet approves signing', detail: 'Via a “circulation summary”' },
  ],
  span: { from: 0, to: 1, label: '15-year term' },
  notes: [
    'This timeline comes from press reports; the article gives no dates.',
    'The agreement was first signed in October 2005, between Pakistan’s Joint Staff Headquarters and the US Department of Defense, for a term of fifteen years, shown by the bar. It expired in 2020, which is why the 2023 decision is described as a renewal.',
    'The next step came in July 2023, when the head of US Central Command, General Michael Erik Kurilla, met Pakistan’s Chief of Army Staff, General Asim Munir. According to The Hindu, both sides agreed to enhance defence ties.',
    'In early August 2023, Pakistan’s federal cabinet approved signing the renewed agreement through what the reports call a “circulation summary”; The Express Tribune reported it on 2 and 3 August. Neither government announced it officially at the time.',
    'The article appeared on 20 September 2023, about seven weeks later. It comments on a decision reported in the press but not formally announced. The article treats the renewal as done; the reports describe a cabinet approval to sign.',
  ].join('\n\n'),
  seconds: 79,
  cites: ['hindu-2023', 'federal-2023', 'platoai-2023'],
});
