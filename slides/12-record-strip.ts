import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'strip',
  id: 'record-strip',
  kicker: 'The record, 2024 to June 2026',
  title: 'Cooperation and friction ran side by side',
  from: '2024-01',
  to: '2026-06-30',
  sides: { above: 'Cooperation', below: 'Friction' },
  items: [
    { date: '2024-05-10', when: 'May 2024', label: 'Counterterrorism dialogue', side: 'above', source: 'brecorder-2024-05' },
    { date: '2025-06-18', when: 'Jun 2025', label: 'White House lunch', side: 'above', source: 'brecorder-2025-06' },
    { date: '2025-08-11', when: 'Aug 2025', label: 'US designates BLA', side: 'above', source: 'geo-2025-08' },
    { date: '2026-01-22', when: 'Jan 2026', label: 'Joins Board of Peace', side: 'above', source: 'arynews-2026-01-peace' },
    { date: '2024-12-18', when: 'Dec 2024', label: 'New missile sanctions', side: 'below', source: 'profit-2024-12' },
    { date: '2025-07-17', when: 'Jul 2025', label: 'US lists TRF; Pakistan objects', side: 'below', source: 'indiatoday-2025-07' },
    { date: '2026-02-28', when: 'Feb 2026', label: 'Pakistan condemns Iran strikes', side: 'below', source: 'arynews-2026-02' },
  ],
  marks: [
    { date: '2025-01', label: 'New US administration' },
    { date: '2026-06-30', label: 'Record ends' },
  ],
  notes: [
    'This strip shows the rest of the record, from 2024 to June 2026. Cooperation sits above the line, friction below. The dashed line marks the change of US administration in January 2025.',
    'Cooperation first. A counterterrorism dialogue in Washington on 10 May 2024, and a White House lunch for Field Marshal Munir on 18 June 2025. On 11 August, the US designated the Balochistan Liberation Army, or BLA, a terrorist organisation. And on 22 January 2026, Pakistan signed the charter of President Trump’s Gaza Board of Peace.',
    'Friction: new US missile sanctions on 18 December 2024. On 17 July 2025, the US designated The Resistance Front a terrorist organisation. The US says it is a Lashkar-e-Taiba proxy that claimed the Pahalgam attack; Pakistan says it rejects that linkage. And on 28 February 2026, Pakistan condemned the US and Israeli strikes on Iran.',
    'None of these reports links its event to the CIS-MOA. After June 2026 we found nothing.',
  ].join('\n\n'),
  seconds: 74,
  cites: [
    'brecorder-2024-05',
    'indiatoday-2025-07',
    'brecorder-2025-06',
    'geo-2025-08',
    'dunya-2025-05',
    'arynews-2026-01-peace',
    'profit-2024-12',
    'arynews-2026-02',
  ],
});
