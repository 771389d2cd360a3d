import type { Source } from '../src/model.ts';

/**
 * Every source the deck uses. Slides cite these by id; the sources slide lists them all.
 * Facts beyond the source article come from ../shared/brief/facts.md, which names each report.
 * Where a report's date is known only to the month from the fact sheet, the date is "YYYY-MM".
 */
export const sources = [
  {
    id: 'platoai-2023',
    outlet: 'PlatoAI / PlatoWire',
    shortName: 'PlatoAI / PlatoWire',
    title: "Understanding Pakistan's Renewal of CISMOA With the US: Key Insights and Implications",
    date: '2023-09-20',
    url: 'https://platoai.gbaglobal.org/platowire/understanding-pakistans-renewal-of-cismoa-with-the-us-key-insights-and-implications/',
    usedFor: 'The source article: its three insights, three implications and conclusion.',
  },
  {
    id: 'tribune-2023',
    outlet: 'The Express Tribune (Kamran Yousaf)',
    shortName: 'The Express Tribune',
    title: 'Cabinet gives nod to security pact with US',
    date: '2023-08-03',
    url: 'https://tribune.com.pk/story/2429062/cabinet-gives-nod-to-security-pact-with-us',
    usedFor:
      'Primary report of the cabinet approval to sign the renewed CIS-MOA (unnamed sources; no official announcement).',
  },
  {
    id: 'hindu-2023',
    outlet: 'The Hindu (rewriting The Express Tribune)',
    shortName: 'The Hindu',
    title: 'Pakistan Cabinet approves signing of security pact with U.S.: Report',
    date: '2023-08-03',
    url: 'https://www.thehindu.com/news/international/pakistan-cabinet-approves-signing-of-security-pact-with-us-report/article67154415.ece',
    usedFor:
      "The agreement's 2023 name, 'foundational agreement', legal cover for sales, coverage, and the 2005–2023 timeline.",
  },
  {
    id: 'federal-2023',
    outlet: 'The Federal (rewriting The Express Tribune)',
    shortName: 'The Federal',
    // title from URL slug
    title: 'Pakistan, US to sign new security pact; will Islamabad get American arms?',
    date: '2023-08-03',
    url: 'https://thefederal.com/international/pakistan-us-to-sign-new-security-pact-will-islamabad-get-american-arms/',
    usedFor:
      "Coverage of the arrangement; the press reading of possible hardware sales; one retired senior Pakistani officer's caution.",
  },
  {
    id: 'indianexpress-2018',
    outlet: 'The Indian Express',
    shortName: 'The Indian Express',
    // title from URL slug
    title: '2+2 dialogue: India, US sign key defence deal, talk visa and terror',
    date: '2018-09-07',
    url: 'https://indianexpress.com/article/india/22-dialogue-india-us-sign-key-defence-deal-talk-visa-and-terror-5343949/',
    usedFor:
      "India's COMCASA (6 Sep 2018); what this family of agreements does (communication-security equipment, interoperability).",
  },
  {
    id: 'brecorder-2024-05',
    outlet: 'Business Recorder',
    shortName: 'Business Recorder',
    // title from URL slug
    title: 'Pakistan, US pledge to continue counter-terrorism cooperation',
    date: '2024-05',
    url: 'https://www.brecorder.com/news/40303202/pakistan-us-pledge-to-continue-counter-terrorism-cooperation',
    usedFor: 'US–Pakistan counterterrorism dialogue, 10 May 2024: TTP and ISIS-Khorasan named as shared threats.',
  },
  {
    id: 'pakistantoday-2024-09',
    outlet: 'Pakistan Today',
    shortName: 'Pakistan Today',
    // title from URL slug
    title: "US imposes sanctions on suppliers to Pakistan's ballistic missile programme",
    date: '2024-09-13',
    url: 'https://www.pakistantoday.com.pk/2024/09/13/us-imposes-sanctions-on-suppliers-to-pakistans-ballistic-missile-programme/',
    usedFor: 'US sanctions, 12 Sep 2024, on Chinese suppliers and a Pakistani firm over the ballistic-missile programme.',
  },
  {
    id: 'profit-2024-12',
    outlet: 'Profit / Pakistan Today',
    shortName: 'Profit / Pakistan Today',
    // title from URL slug
    title:
      "US imposes sanctions on National Development Complex, three other entities linked to Pakistan's missile program",
    date: '2024-12-19',
    url: 'https://profit.pakistantoday.com.pk/2024/12/19/us-imposes-sanctions-on-national-development-complex-three-other-entities-linked-to-pakistans-missile-program/',
    usedFor:
      "US sanctions, 18 Dec 2024, on the National Development Complex and three Karachi firms; Pakistan's foreign ministry response.",
  },
  {
    id: 'thenews-2025-03',
    outlet: 'The News',
    shortName: 'The News',
    // title from URL slug
    title: 'Trump thanks Pakistan for handing over wanted terrorist',
    date: '2025-03',
    url: 'https://www.thenews.com.pk/amp/1289149-trump-thanks-pakistan-for-handing-over-wanted-terrorist',
    usedFor: "President Trump's thanks to Pakistan, 4 Mar 2025, over the arrest of a Kabul airport bombing suspect.",
  },
  {
    id: 'nie-2025-05',
    outlet: 'The New Indian Express',
    shortName: 'The New Indian Express',
    // title from URL slug
    title: 'India agrees to a ceasefire with Pakistan after call from across the border',
    date: '2025-05-10',
    url: 'https://www.newindianexpress.com/nation/2025/May/10/india-agrees-to-a-ceasefire-with-pakistan-after-call-from-across-the-border',
    usedFor: "Dates of the 7–10 May 2025 hostilities, the 10 May ceasefire, and each side's stated account of it.",
  },
  {
    id: 'dunya-2025-05',
    outlet: 'Dunya News',
    shortName: 'Dunya News',
    // title from URL slug
    title: 'Govt elevates COAS Asim Munir as Field Marshal',
    date: '2025-05',
    url: 'https://dunyanews.tv/en/Pakistan/885100-govt-elevates-coas-asim-munir-as-field-marshal',
    usedFor: "Asim Munir's title: Field Marshal from 20 May 2025.",
  },
  {
    id: 'brecorder-2025-06',
    outlet: 'Business Recorder',
    shortName: 'Business Recorder',
    // title from URL slug
    title: 'President Trump hosts Field Marshal Munir over lunch at White House',
    date: '2025-06',
    url: 'https://www.brecorder.com/news/40368349/president-trump-hosts-field-marshal-munir-over-lunch-at-white-house',
    usedFor: 'White House lunch for Field Marshal Munir, 18 Jun 2025.',
  },
  {
    id: 'geo-2025-08',
    outlet: 'Geo News',
    shortName: 'Geo News',
    // title from URL slug
    title: 'US labels BLA, Majeed Brigade as terrorist groups after deadly attacks',
    date: '2025-08',
    url: 'https://www.geo.tv/latest/618387-us-labels-bla-majeed-brigade-as-terrorist-groups-after-deadly-attacks',
    usedFor: 'US designation of the Balochistan Liberation Army and its Majeed Brigade as a Foreign Terrorist Organization, Aug 2025.',
  },
  {
    id: 'livemint-2025-10',
    outlet: 'Livemint',
    shortName: 'Livemint',
    // title from URL slug (the slug's own wording, lightly punctuated; check against the page)
    title: 'US, Pakistan current capabilities: US dismiss claims on missile sales, defence AMRAAMs',
    date: '2025-10-10',
    url: 'https://www.livemint.com/news/world/us-pakistan-current-capabilities-us-dismiss-claims-on-missile-sales-defence-amraams-11760066983589.html',
    usedFor: 'US statement, 10 Oct 2025: contract change listing Pakistan covers sustainment and spares, no new missiles.',
  },
  {
    id: 'dunya-2025-12',
    outlet: 'Dunya News',
    shortName: 'Dunya News',
    // title from URL slug
    title: 'Major boost for PAF as US approves $686m for F-16 fighter jets upgrade',
    date: '2025-12',
    url: 'https://web.dunyanews.tv/index.php/en/Pakistan/923176-major-boost-for-paf-as-us-approves-686m-for-f16-fighter-jets-upgrade',
    usedFor: 'DSCA notification to Congress, 8 Dec 2025, of a proposed $686m F-16 package and its stated aim.',
  },
  {
    id: 'natural-earth',
    outlet: 'Natural Earth (via the world-atlas package)',
    shortName: 'Natural Earth',
    title: 'Admin 0 – Countries, 1:50m, version 4.1.0',
    date: '2018',
    url: 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/',
    usedFor: 'Country outlines on the regional map (public domain).',
  },
] as const satisfies readonly Source[];
