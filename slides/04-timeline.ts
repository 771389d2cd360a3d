import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'timeline',
  id: 'timeline',
  kicker: 'Timeline, to scale',
  title: 'Lapsed in 2020; approval to sign reported in 2023',
  lanes: { subject: 'Pakistan–US', comparison: 'India–US' },
  events: [
    { date: '2005-10', when: 'Oct 2005', label: 'First signed', lane: 'subject' },
    { date: '2020', when: '2020', label: 'Expired', lane: 'subject' },
    { date: '2018-09-06', when: '6 Sep 2018', label: 'India signs COMCASA', lane: 'comparison' },
    { date: '2023-07-24', when: '24 Jul 2023', label: 'Kurilla meets then army chief Munir', lane: 'subject' },
    { date: '2023-08-02', when: '2–3 Aug 2023', label: 'Approval to sign reported', lane: 'subject' },
  ],
  term: { from: '2005-10', to: '2020', label: '15-year term' },
  lapsed: { from: '2020', to: '2023-08-02', label: 'Lapsed' },
  unknown: { from: '2023-08-02', to: '2026-06-30', label: 'Status unknown' },
  inset: { from: '2023-07', to: '2023-09-30' },
  published: { date: '2023-09-20', label: 'The article' },
  notes: [
    'The article gives no dates, so this timeline comes from press reports. It is drawn to scale.',
    'The agreement was first signed in October 2005, between Pakistan’s Joint Staff Headquarters and the US Department of Defense, for fifteen years. It expired in 2020; the shaded band marks the lapse.',
    'The second lane shows India’s counterpart, COMCASA, the Communications Compatibility and Security Agreement, signed on 6 September 2018.',
    'The inset enlarges mid-2023. On 24 July, the head of US Central Command, General Michael Erik Kurilla, met the then army chief, General Asim Munir. The army’s press wing says they agreed to promote cooperation. On 2 and 3 August, The Express Tribune reported cabinet approval to sign a renewal. Neither government announced anything.',
    'After that, the hatched band: the status is unknown. No report up to June 2026 confirms a signing. The article, on a lane of its own, appeared on 20 September 2023.',
  ].join('\n\n'),
  seconds: 71,
  cites: ['hindu-2023', 'tribune-2023', 'brecorder-2023-07', 'indianexpress-2018', 'platoai-2023'],
});
