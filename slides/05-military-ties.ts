import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'evidence',
  id: 'military-ties',
  kicker: 'Insight 1 of 3',
  title: 'Closer ties agreed in 2023; a signing is unconfirmed',
  evidence: {
    point: 'Military ties',
    claim: 'Renewal shows both sides committed to closer military collaboration',
    status: 'partly',
    finding: 'Ties agreed; no signing found',
    record: [
      {
        when: '24 Jul 2023',
        text: 'Kurilla and then army chief Munir agree closer cooperation',
        detail:
          'US Central Command chief Gen. Michael Erik Kurilla meets the then army chief, Gen. Asim Munir; the army’s press wing says they agreed to promote bilateral cooperation (The Hindu: to enhance defence ties)',
        source: 'brecorder-2023-07',
        onSlide: true,
      },
      {
        when: '2–3 Aug 2023',
        text: 'Cabinet approval to sign reported; no official word',
        detail:
          'The Express Tribune reports, from unnamed official sources, that the federal cabinet approved signing the renewed CIS-MOA by a “circulation summary”; neither government announces it',
        source: 'tribune-2023',
        onSlide: true,
      },
      { when: '18 Jun 2025', text: 'President Trump hosts Field Marshal Munir at a White House lunch', source: 'brecorder-2025-06' },
      {
        when: '25 Sep 2025',
        text: 'President Trump hosts PM Sharif and Field Marshal Munir in the Oval Office; Pakistan’s statement lists the ceasefire, trade, minerals and counterterrorism',
        source: 'dawn-2025-09',
      },
    ],
    notFound: 'Any formal signing of the CIS-MOA (a date, signatories or an official statement), 2023 to June 2026; any mention of the agreement in 2026.',
  },
  notes: [
    'The first insight. The article reads the renewal as Pakistan pressing on with closer military ties to Washington. It grants “occasional strains”, but sees a mutual commitment to military collaboration.',
    'The record partly supports this. On 24 July 2023, the head of US Central Command and the then army chief agreed, in the army’s words, to promote cooperation. Then The Express Tribune reported the cabinet’s approval to sign, citing unnamed sources. One cabinet member confirmed that the summary had circulated, but would not say whether a majority approved it.',
    'We found no report of a signing up to June 2026: no date, no signatories, no official statement.',
    'One rule for all six points. Some points cite later events; none of those reports links its event to this agreement.',
  ].join('\n\n'),
  seconds: 62,
  cites: ['platoai-2023', 'brecorder-2023-07', 'tribune-2023'],
});
