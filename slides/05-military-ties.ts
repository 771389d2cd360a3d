import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'evidence',
  id: 'military-ties',
  kicker: 'Insight 1 of 3',
  title: 'Closer ties agreed; a signing is unconfirmed',
  evidence: {
    point: 'Military ties',
    claim: 'Renewal shows both sides committed to closer military collaboration',
    status: 'partly',
    finding: 'Both sides agreed closer ties; approval to sign reported, no signing found',
    record: [
      { when: 'Jul 2023', text: 'Kurilla and then army chief Munir agree to enhance defence ties', source: 'hindu-2023' },
      { when: '2–3 Aug 2023', text: 'Cabinet approval to sign reported; no official announcement', source: 'tribune-2023' },
    ],
    sinceThen: [
      { when: '18 Jun 2025', text: 'Trump hosts Field Marshal Munir at a White House lunch', source: 'brecorder-2025-06' },
    ],
  },
  notes: [
    'The first insight. The article reads the renewal as Pakistan pressing on with closer military ties to Washington. It grants “occasional strains”, but sees a shared commitment to working together militarily.',
    'The 2023 record partly supports this. In July, the Central Command chief and the then army chief agreed to enhance defence ties. Then The Express Tribune reported the cabinet’s approval to sign, citing unnamed sources. One cabinet member confirmed that the summary had circulated, but would not say whether a majority approved it.',
    'No later report found gives a signing date, signatories or an official statement.',
    'Since then, on 18 June 2025, President Trump hosted Munir, by then a Field Marshal, at the White House. No report links that to this agreement.',
  ].join('\n\n'),
  seconds: 59,
  cites: ['platoai-2023', 'hindu-2023', 'tribune-2023', 'brecorder-2025-06', 'dunya-2025-05'],
});
