import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'record',
  id: 'since-ties-counterterrorism',
  kicker: 'Since the article · 1 of 2',
  title: 'Ties and counterterrorism stayed active after 2023',
  groups: [
    {
      heading: 'Ties',
      items: [
        {
          when: '18 Jun 2025',
          text: 'President Trump hosts Field Marshal Munir at a White House lunch',
          source: 'brecorder-2025-06',
        },
      ],
    },
    {
      heading: 'Counterterrorism',
      items: [
        {
          when: '10 May 2024',
          text: 'Dialogue in Washington names TTP and ISIS-Khorasan as shared threats',
          source: 'brecorder-2024-05',
        },
        {
          when: '4 Mar 2025',
          text: 'Trump thanks Pakistan for helping arrest a 2021 Kabul airport bombing suspect',
          source: 'thenews-2025-03',
        },
        {
          when: 'Aug 2025',
          text: 'US designates Balochistan Liberation Army and Majeed Brigade a Foreign Terrorist Organization',
          source: 'geo-2025-08',
        },
      ],
    },
  ],
  caveat: 'Press reports; none links these events to the CIS-MOA.',
  notes: [
    'The article’s record stops in September 2023. These two slides show what came next, up to December 2025, grouped by the article’s themes. They are press reports, and none links any event to the CIS-MOA.',
    'Ties first. On 18 June 2025, President Trump hosted Munir at a White House lunch. Munir had been made a Field Marshal on 20 May.',
    'Counterterrorism has the fullest record. On 10 May 2024, a counterterrorism dialogue in Washington named the TTP and ISIS-Khorasan as shared threats. On 4 March 2025, President Trump thanked Pakistan for helping arrest a suspect in the 2021 Kabul airport bombing. In August 2025, the US designated the Balochistan Liberation Army and its Majeed Brigade a Foreign Terrorist Organization.',
    'In our reading, these fit the article’s picture of counterterrorism as common ground. They do not show what the agreement contributed.',
  ].join('\n\n'),
  seconds: 70,
  cites: ['brecorder-2025-06', 'dunya-2025-05', 'brecorder-2024-05', 'thenews-2025-03', 'geo-2025-08', 'platoai-2023'],
});
