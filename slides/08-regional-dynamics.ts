import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'map',
  id: 'regional-dynamics',
  kicker: 'Implication 1 of 3',
  title: 'Both neighbours hold agreements of this family',
  evidence: {
    point: 'Regional balance',
    claim: 'Renewal strengthens Pakistan’s regional position; could shift the balance with India',
    status: 'article-only',
    finding: 'Record shows no measured shift; India has held COMCASA since 2018',
    record: [
      { when: '6 Sep 2018', text: 'India signs COMCASA, its version of this agreement family', source: 'indianexpress-2018' },
    ],
    sinceThen: [
      { when: '7–10 May 2025', text: 'India–Pakistan military hostilities; ceasefire on 10 May', source: 'nie-2025-05' },
    ],
  },
  callouts: [
    { country: 'Pakistan', text: 'CIS-MOA: first signed 2005; approval to sign reported Aug 2023' },
    { country: 'India', text: 'Other agreement holder: COMCASA, signed Sep 2018' },
  ],
  notes: [
    'Now the implications, starting with the region. The article says the renewal makes Pakistan a stronger player in South Asia, with greater military capabilities. This “could potentially” shift the balance with neighbours such as India. It gives no size and no timing.',
    'The map adds what the article leaves out. India signed COMCASA, its own agreement of this family, with the United States on 6 September 2018. So both neighbours hold one.',
    'None of the cited reports measures a shift in the balance. Our own inference, not the article’s, is that any shift would depend on what each side does under these agreements.',
    'Since then, India and Pakistan engaged in military hostilities from 7 to 10 May 2025, followed by a ceasefire on 10 May. No report links that to this agreement.',
    'The map’s boundaries imply no position on disputed borders.',
  ].join('\n\n'),
  seconds: 67,
  cites: ['platoai-2023', 'indianexpress-2018', 'nie-2025-05', 'hindu-2023', 'tribune-2023', 'natural-earth'],
});
