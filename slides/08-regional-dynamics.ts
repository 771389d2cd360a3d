import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'evidence',
  id: 'regional-dynamics',
  kicker: 'Implication 1 of 3',
  title: 'India holds four US foundational agreements; Pakistan’s renewal is unconfirmed',
  evidence: {
    point: 'Regional balance',
    claim: 'Renewal strengthens Pakistan; “could potentially” shift the balance with India',
    status: 'article-only',
    finding: 'No report assesses a shift',
    record: [
      {
        when: '2002–2020',
        text: 'India signs all four US foundational agreements: GSOMIA 2002, LEMOA 2016, COMCASA 2018, BECA 2020',
        source: 'indianexpress-2020',
      },
      { when: '22 Apr 2025', text: 'Gunmen kill 26 people, mostly tourists, near Pahalgam in Indian-administered Kashmir', source: 'dawn-2025-04' },
      { when: 'From 23 Apr 2025', text: 'India says the attack has cross-border links', source: 'dawn-2025-04' },
      { when: '26 Apr 2025', text: 'Pakistan says it has no role and is open to a neutral, transparent investigation', source: 'nie-2025-04' },
      { when: 'Apr 2025', text: 'The US says it condemns the attack and takes no position on Kashmir’s status', source: 'thenews-2025-04' },
      { when: '7–10 May 2025', text: 'India–Pakistan military hostilities; ceasefire on 10 May', source: 'nie-2025-05' },
      { when: '10 May 2025', text: 'The US says it played a role in the ceasefire', source: 'nie-2025-05' },
      { when: '10 May 2025', text: 'Pakistan says the US facilitated the ceasefire; PM Sharif thanks President Trump', source: 'indiatoday-2025-05' },
      {
        when: '17–18 Jun 2025',
        text: 'India says the ceasefire came from direct military talks requested by Pakistan, with no US mediation',
        source: 'tribune-2025-06',
      },
      { when: '31 Oct 2025', text: 'India and the US sign a 10-year framework for their defence partnership', source: 'wion-2025-10' },
      {
        when: '8 Dec 2025',
        text: 'US F-16 notice: sale “will not alter the basic military balance”',
        detail: 'The US notification of the F-16 package for Pakistan says the sale “will not alter the basic military balance in the region”',
        source: 'dunya-2025-12',
        onSlide: true,
      },
    ],
    notFound: 'Any report that assesses a shift in the India–Pakistan balance from this agreement (checked to June 2026).',
  },
  figure: {
    kind: 'holdings',
    from: '2000',
    to: '2026-06-30',
    rows: [
      {
        holder: 'India',
        items: [
          { label: 'GSOMIA', from: '2002', state: 'held' },
          { label: 'LEMOA', from: '2016', state: 'held' },
          { label: 'COMCASA', from: '2018-09-06', state: 'held' },
          { label: 'BECA', from: '2020', state: 'held' },
        ],
      },
      {
        holder: 'Pakistan',
        items: [
          { label: 'CIS-MOA', from: '2005-10', to: '2020', state: 'held' },
          { label: 'Renewal reported', from: '2023-08-02', state: 'unconfirmed' },
        ],
      },
    ],
  },
  notes: [
    'Now the implications, starting with the region. The article says the renewal strengthens Pakistan’s position and its military capabilities. This “could potentially” affect the balance with neighbours such as India.',
    'The chart adds what the article leaves out. India holds all four US foundational agreements, signed from 2002 to 2020; COMCASA is its counterpart to this one. Pakistan’s one arrangement ran from 2005 to 2020 and lapsed. Its renewal is reported, not confirmed.',
    'No report we found assesses a shift in the balance. The only statement we found is American, and it concerns the F-16 sale, not this agreement. Its notice of 8 December 2025 says the sale “will not alter the basic military balance in the region”.',
    'The region did see conflict. On 22 April 2025, gunmen killed 26 people near Pahalgam in Indian-administered Kashmir. India says the attack has cross-border links. Pakistan says it has no role, and on 26 April offered a neutral investigation. The United States says it condemns the attack and takes no position on Kashmir’s status.',
    'Fighting followed from 7 May, then a ceasefire on 10 May, with three accounts. The United States says, on 10 May, that it played a role. Pakistan says, on 10 May, that the US facilitated it. India says, on 17 and 18 June, that the two militaries agreed it directly.',
  ].join('\n\n'),
  seconds: 103,
  cites: [
    'platoai-2023',
    'indianexpress-2020',
    'indianexpress-2018',
    'hindu-2023',
    'tribune-2023',
    'dunya-2025-12',
    'dawn-2025-04',
    'nie-2025-04',
    'thenews-2025-04',
    'nie-2025-05',
    'indiatoday-2025-05',
    'tribune-2025-06',
  ],
});
