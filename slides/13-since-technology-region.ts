import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'record',
  id: 'since-technology-region',
  kicker: 'Since the article · 2 of 2',
  title: 'F-16 support and missile sanctions ran side by side',
  groups: [
    {
      heading: 'Technology',
      items: [
        {
          when: '10 Oct 2025',
          text: 'After AMRAAM sale reports, US says contract covers sustainment and spares, no new missiles',
          source: 'livemint-2025-10',
        },
        {
          when: '8 Dec 2025',
          text: 'Proposed $686m F-16 package notified; stated aim: counterterrorism interoperability',
          source: 'dunya-2025-12',
        },
      ],
    },
    {
      heading: 'Non-proliferation',
      items: [
        {
          when: '12 Sep 2024',
          text: 'US sanctions Chinese suppliers and a Pakistani firm over ballistic missiles',
          source: 'pakistantoday-2024-09',
        },
        {
          when: '18 Dec 2024',
          text: 'US sanctions four Pakistani entities over missiles; Pakistan: “unfortunate and biased”',
          source: 'profit-2024-12',
        },
      ],
    },
    {
      heading: 'Region',
      items: [
        {
          when: '7–10 May 2025',
          text: 'India–Pakistan military hostilities; ceasefire on 10 May',
          source: 'nie-2025-05',
        },
        {
          when: 'May 2025',
          text: 'US claims a role in the ceasefire; India says the militaries agreed it directly',
          source: 'nie-2025-05',
        },
      ],
    },
  ],
  caveat: 'Press reports; none links these events to the CIS-MOA.',
  notes: [
    'The second slide covers technology, non-proliferation and the region.',
    'On technology: on 10 October 2025, after reports of an AMRAAM missile sale, the US said a contract change listing Pakistan covered sustainment and spares, not new missiles. On 8 December, the Defense Security Cooperation Agency notified Congress of a proposed $686 million F-16 package. It includes Link-16 data links, cryptographic equipment, avionics and training. Its stated aim is interoperability with US forces for counterterrorism.',
    'On non-proliferation, the US imposed missile-related sanctions twice in 2024. In September, they targeted Chinese suppliers and a Pakistani firm. In December, they targeted the state-owned National Development Complex and three Karachi firms. Pakistan’s foreign ministry called the December sanctions “unfortunate and biased”.',
    'In the region, India and Pakistan engaged in military hostilities from 7 to 10 May 2025, followed by a ceasefire on 10 May. Accounts differ. The United States claims a role in the ceasefire; India says the two militaries agreed it directly.',
    'Again, no report links any of this to the agreement.',
  ].join('\n\n'),
  seconds: 83,
  cites: ['livemint-2025-10', 'dunya-2025-12', 'pakistantoday-2024-09', 'profit-2024-12', 'nie-2025-05'],
});
