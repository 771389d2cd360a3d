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
    id: 'brecorder-2023-07',
    outlet: 'Business Recorder (the army’s press wing, ISPR)',
    shortName: 'Business Recorder',
    title: 'COAS, US CENTCOM chief discuss regional security',
    date: '2023-07-25',
    url: 'https://www.brecorder.com/news/40254467/coas-us-centcom-chief-discuss-regional-security',
    usedFor: 'The army’s statement on the 24 Jul 2023 meeting of Gen. Kurilla and the then army chief, Gen. Munir.',
  },
  {
    id: 'tribune-2023',
    outlet: 'The Express Tribune (Kamran Yousaf)',
    shortName: 'The Express Tribune',
    title: 'Cabinet gives nod to security pact with US',
    date: '2023-08-03',
    url: 'https://tribune.com.pk/story/2429062/cabinet-gives-nod-to-security-pact-with-us',
    usedFor: 'Primary report of the cabinet approval to sign the renewed CIS-MOA (unnamed sources; no official announcement).',
  },
  {
    id: 'hindu-2023',
    outlet: 'The Hindu (rewriting The Express Tribune)',
    shortName: 'The Hindu',
    title: 'Pakistan Cabinet approves signing of security pact with U.S.: Report',
    date: '2023-08-03',
    url: 'https://www.thehindu.com/news/international/pakistan-cabinet-approves-signing-of-security-pact-with-us-report/article67154415.ece',
    usedFor:
      "The agreement's 2023 name, 'foundational agreement', the Tribune’s sources’ “legal cover” for sales, what it covers, and the 2005–2023 timeline, rewriting the Tribune.",
  },
  {
    id: 'federal-2023',
    outlet: 'The Federal (rewriting The Express Tribune)',
    shortName: 'The Federal',
    // title from URL slug
    title: 'Pakistan, US to sign new security pact; will Islamabad get American arms?',
    date: '2023-08-03',
    url: 'https://thefederal.com/international/pakistan-us-to-sign-new-security-pact-will-islamabad-get-american-arms/',
    usedFor: "Coverage of the arrangement; the press reading of possible hardware sales; one retired senior Pakistani officer's caution.",
  },
  {
    id: 'indianexpress-2018',
    outlet: 'The Indian Express',
    shortName: 'The Indian Express',
    // title from URL slug
    title: '2+2 dialogue: India, US sign key defence deal, talk visa and terror',
    date: '2018-09-07',
    url: 'https://indianexpress.com/article/india/22-dialogue-india-us-sign-key-defence-deal-talk-visa-and-terror-5343949/',
    usedFor: "India's COMCASA (6 Sep 2018); what this family of agreements does (communication-security equipment, interoperability).",
  },
  {
    id: 'brecorder-2024-05',
    outlet: 'Business Recorder',
    shortName: 'Business Recorder',
    // title from URL slug
    title: 'Pakistan, US pledge to continue counter-terrorism cooperation',
    date: '2024-05-13',
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
    title: "US imposes sanctions on National Development Complex, three other entities linked to Pakistan's missile program",
    date: '2024-12-19',
    url: 'https://profit.pakistantoday.com.pk/2024/12/19/us-imposes-sanctions-on-national-development-complex-three-other-entities-linked-to-pakistans-missile-program/',
    usedFor: "US sanctions, 18 Dec 2024, on the National Development Complex and three Karachi firms; Pakistan's foreign ministry response.",
  },
  {
    id: 'thenews-2025-03',
    outlet: 'The News',
    shortName: 'The News',
    title: 'Trump thanks Pakistan for helping arrest top terrorist',
    date: '2025-03-06',
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
    date: '2025-05-20',
    url: 'https://dunyanews.tv/en/Pakistan/885100-govt-elevates-coas-asim-munir-as-field-marshal',
    usedFor: "Asim Munir's title: Field Marshal from 20 May 2025.",
  },
  {
    id: 'brecorder-2025-06',
    outlet: 'Business Recorder',
    shortName: 'Business Recorder',
    // title from URL slug
    title: 'President Trump hosts Field Marshal Munir over lunch at White House',
    date: '2025-06-18',
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
    id: 'indiatoday-2025-07',
    outlet: 'India Today',
    shortName: 'India Today',
    // title from the address
    title: 'US designates The Resistance Front terrorist group, Pakistan rejects claims',
    date: '2025-07-18',
    url: 'https://www.indiatoday.in/world/story/us-designates-the-resistance-front-terrorist-group-pakistan-rejects-claims-2758030-2025-07-18',
    usedFor: 'The US designation of The Resistance Front, 17 Jul 2025, and Pakistan’s rejection of the linkage.',
  },
  {
    id: 'shillongtimes-2025-08',
    outlet: 'The Shillong Times (PTI)',
    shortName: 'The Shillong Times',
    // title from the address
    title: 'US, Pak unite to fight top militant groups',
    date: '2025-08-14',
    url: 'https://theshillongtimes.com/2025/08/14/us-pak-unite-to-fight-top-militant-groups/',
    usedFor: 'The US–Pakistan counterterrorism dialogue in Islamabad, 12 Aug 2025, a day after the BLA designation.',
  },
  {
    id: 'livemint-2025-10',
    outlet: 'Livemint',
    shortName: 'Livemint',
    // the stored page shows no headline, and the address's words are garbled: this is what it reports
    title: 'Report on the US statement that a contract change covers sustainment, not new AMRAAMs (headline not available)',
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
    id: 'businesstoday-2023-10',
    outlet: 'Business Today',
    shortName: 'Business Today',
    // headline not shown in the stored page: title from the address
    title: 'US imposes sanctions on 3 Chinese firms for providing ballistic missile components to Pakistan',
    date: '2023-10-21',
    url: 'https://www.businesstoday.in/latest/world/story/us-imposes-sanctions-on-3-chinese-firms-for-providing-ballistic-missile-components-to-pakistan-402843-2023-10-21',
    usedFor: 'US designation, 20 Oct 2023, of three China-based suppliers to Pakistan’s ballistic-missile programme.',
  },
  {
    id: 'dailypakistan-2024-04',
    outlet: 'Daily Pakistan',
    shortName: 'Daily Pakistan',
    // headline not shown in the stored page: title from the address
    title: 'US sanctions Chinese, Belarusian firms for aiding Pakistan’s ballistic missile program',
    date: '2024-04-20',
    url: 'https://en.dailypakistan.com.pk/20-Apr-2024/us-sanctions-chinese-belarusian-firms-for-aiding-pakistan-s-ballistic-missile-program',
    usedFor: 'US designation, 19 Apr 2024, of four more suppliers (one Belarusian, three Chinese).',
  },
  {
    id: 'publictv-2024-12',
    outlet: 'Public TV',
    shortName: 'Public TV',
    // not found in the stored pages: title from the address
    title: 'US Dy NSA says Pak’s sophisticated missile could strike beyond South Asia, including America',
    date: '2024-12-19',
    url: 'https://english.publictv.in/us-dy-nsa-says-paks-sophisticated-missile-could-strike-beyond-south-asia-including-america/amp',
    usedFor: 'US Deputy National Security Adviser Jon Finer on Pakistan’s missile programme, 19 Dec 2024.',
  },
  {
    id: 'thenews-2024-12',
    outlet: 'The News',
    shortName: 'The News',
    // headline not shown in the stored page: title from the address
    title: 'New sanctions: Pakistan calls US official’s allegations unfounded, devoid of rationality',
    date: '2024-12-21',
    url: 'https://www.thenews.com.pk/latest/1264004-new-sanctions-pakistan-calls-us-officials-allegations-unfounded-devoid-of-rationality',
    usedFor: 'Pakistan’s reply, 21 Dec 2024, to the US official’s remarks.',
  },
  {
    id: 'dawn-2025-04',
    outlet: 'Dawn',
    shortName: 'Dawn',
    // not found in the stored pages: title from the address
    title: 'Pakistan mulls response after India points the finger without proof',
    date: '2025-04-24',
    url: 'https://www.dawn.com/news/1906220/pakistan-mulls-response-after-india-points-the-finger-without-proof',
    usedFor: 'The Pahalgam attack, 22 Apr 2025, and India’s position on it.',
  },
  {
    id: 'nie-2025-04',
    outlet: 'The New Indian Express (citing Dawn)',
    shortName: 'The New Indian Express',
    // not found in the stored pages: title from the address
    title: 'Pahalgam terror attack: Pak PM says country open to any neutral and transparent probe',
    date: '2025-04-26',
    url: 'https://www.newindianexpress.com/world/2025/Apr/26/pahalgam-terror-attack-pak-pm-says-country-open-to-any-neutral-and-transparent-probe',
    usedFor: 'Pakistan’s position on the Pahalgam attack, 26 Apr 2025.',
  },
  {
    id: 'thenews-2025-04',
    outlet: 'The News',
    shortName: 'The News',
    // headline not shown in the stored page: title from the address
    title: 'US avoids taking position on IIOJK, says it’s monitoring',
    date: '2025-04',
    url: 'https://www.thenews.com.pk/latest/1304990-us-avoids-taking-position-on-iiojk-says-its-monitoring',
    usedFor: 'The US position on the Pahalgam attack, Apr 2025.',
  },
  {
    id: 'indiatoday-2025-05',
    outlet: 'India Today',
    shortName: 'India Today',
    // headline not shown in the stored page: title from the address
    title: 'Pakistan PM Shehbaz Sharif thanked US President',
    date: '2025-05-10',
    url: 'https://www.indiatoday.in/world/story/pakistan-pm-shehbaz-sharif-thanked-us-president-2722898-2025-05-10',
    usedFor: 'Pakistan’s account of the ceasefire, 10 May 2025.',
  },
  {
    id: 'tribune-2025-06',
    outlet: 'The Express Tribune (Reuters)',
    shortName: 'The Express Tribune',
    title: 'Modi tells Trump ‘no’ US role in ceasefire with Pakistan',
    date: '2025-06-18',
    url: 'https://tribune.com.pk/story/2551463/modi-tells-trump-no-us-role-in-ceasefire-with-pakistan',
    usedFor: 'India’s account of the ceasefire, 17–18 Jun 2025.',
  },
  {
    id: 'dawn-2025-09',
    outlet: 'Dawn',
    shortName: 'Dawn',
    title: 'PM Shehbaz terms meeting with US President Trump ‘very encouraging’',
    date: '2025-09-27',
    url: 'https://www.dawn.com/news/1944954/pm-shehbaz-terms-meeting-with-us-president-trump-very-encouraging',
    usedFor: 'The Oval Office meeting, 25 Sep 2025, and Pakistan’s statement on it.',
  },
  {
    id: 'wion-2025-10',
    outlet: 'WION',
    shortName: 'WION',
    // not found in the stored pages: title from the address
    title: 'India, US sign new 10-year defence framework to boost military cooperation',
    date: '2025-10-31',
    url: 'https://www.wionews.com/india-news/breaking-india-us-sign-new-10-year-defence-framework-to-boost-military-cooperation-1761885186212',
    usedFor: 'India–US 10-year defence framework, 31 Oct 2025.',
  },
  {
    id: 'indianexpress-2020',
    outlet: 'The Indian Express (editorial)',
    shortName: 'The Indian Express',
    // not found in the stored pages: title from the address
    title: 'Back to future',
    date: '2020-10-28',
    url: 'https://indianexpress.com/article/opinion/editorials/back-to-future-2-india-us-meet-6906084/',
    usedFor: 'India’s four US foundational agreements: GSOMIA 2002, LEMOA 2016, COMCASA 2018, BECA 2020.',
  },
  {
    id: 'topstory-2026',
    outlet: 'Top Story (reprint; also Jang, in Urdu)',
    shortName: 'Top Story',
    title: 'Washington okays upgrade package for Pakistan’s F-16 fleet',
    date: 'undated',
    url: 'https://topstory.com.pk/?p=69965',
    usedFor: 'The F-16 package cleared after the 30-day congressional review (the page shows no date).',
  },
  {
    id: 'arynews-2026-01',
    outlet: 'ARY News',
    shortName: 'ARY News',
    // headline not shown in the stored page: title from the address
    title: 'Pakistan, US joint counterterrorism exercise Inspired Gambit 2026',
    date: '2026-01-10',
    url: 'https://arynews.tv/pakistan-us-joint-counterterrorism-exercise-inspired-gambit-2026',
    usedFor: 'The Pakistani and US armies’ counterterrorism exercise at Pabbi, 8–16 Jan 2026.',
  },
  {
    id: 'arynews-2026-01-peace',
    outlet: 'ARY News',
    shortName: 'ARY News',
    // headline not shown in the stored page: title from the address
    title: 'Federal cabinet authorizes PM to join Board of Peace',
    date: '2026-01-25',
    url: 'https://arynews.tv/federal-cabinet-authorizes-join-board-of-peace-pm',
    usedFor: 'Pakistan signs the charter of the Gaza “Board of Peace”, 22 Jan 2026.',
  },
  {
    id: 'devdiscourse-2026-02',
    outlet: 'Devdiscourse (Reuters)',
    shortName: 'Devdiscourse',
    title: 'US Backs Pakistan’s Defense in Escalating Tensions with Afghanistan’s Taliban',
    date: '2026-02-28',
    url: 'https://www.devdiscourse.com/article/law-order/3820653-us-backs-pakistans-defense-in-escalating-tensions-with-afghanistans-taliban',
    usedFor: 'US support for Pakistan’s right to defend itself, and the Taliban’s position, 27 Feb 2026.',
  },
  {
    id: 'arynews-2026-02',
    outlet: 'ARY News',
    shortName: 'ARY News',
    // headline not shown in the stored page: title from the address
    title: 'Pakistan strongly condemns unwarranted attacks on Iran',
    date: '2026-02-28',
    url: 'https://arynews.tv/pakistan-strongly-condemns-unwarranted-attacks-on-iran',
    usedFor: 'US and Israeli strikes on Iran, and Pakistan’s response, 28 Feb 2026.',
  },
  {
    id: 'indiatv-2026-04',
    outlet: 'India TV',
    shortName: 'India TV',
    // headline not shown in the stored page: title from the address
    title: 'What Trump said: full text of US President’s two-week Iran ceasefire announcement',
    date: '2026-04-08',
    url: 'https://www.indiatvnews.com/news/world/what-trump-said-full-text-of-us-president-s-two-week-iran-ceasefire-announcement-2026-04-08-1036690',
    usedFor: 'President Trump credits Sharif and Munir for the US–Iran ceasefire, 7 Apr 2026.',
  },
  {
    id: 'alquds-2026-04',
    outlet: 'Al-Quds (Said Arikat)',
    shortName: 'Al-Quds',
    // not found in the stored pages; the address has no title: this is the event reported
    title: 'Report on the US–Iran talks in Islamabad (headline not available)',
    date: '2026-04-12',
    url: 'https://www.alquds.com/en/posts/235232',
    usedFor: 'US–Iran talks led by Vice President Vance in Islamabad, 11–12 Apr 2026, end without agreement.',
  },
  {
    id: 'jordantimes-2026-04',
    outlet: 'Jordan Times (AFP)',
    shortName: 'Jordan Times',
    title: 'Trump extends ceasefire to give Iran more time to negotiate',
    date: '2026-04-22',
    url: 'https://jordantimes.com/news/world/trump-extends-ceasefire-to-give-iran-more-time-to-negotiate',
    usedFor: 'The ceasefire extended at the request of Munir and Sharif, 21 Apr 2026.',
  },
  {
    id: 'dawn-2026-06',
    outlet: 'Dawn (read through a copy of its page)',
    shortName: 'Dawn',
    // not found in the stored pages; read via a mirror (see the fact sheet): this is the event reported
    title: 'Report on the US–Iran memorandum signed in June 2026 (headline not available)',
    date: '2026-06-18',
    url: 'https://www.dawn.com/news/2008902',
    usedFor: 'The US–Iran memorandum (“Islamabad MoU”), 18–22 Jun 2026, with Pakistan as mediator.',
  },
] as const satisfies readonly Source[];

/** An undated source sorts last. */
const sortKey = (date: string): string => (/^\d{4}/.test(date) ? date : '9999');

/** The sources dated up to `last` (ISO), oldest first, the source article first of all. */
export function sourcesUntil(last: string): Source[] {
  return [...sources]
    .filter((source) => sortKey(source.date) <= last)
    .sort((a, b) => (a.id === 'platoai-2023' ? -1 : b.id === 'platoai-2023' ? 1 : sortKey(a.date).localeCompare(sortKey(b.date))));
}

/** The sources dated after `last` (ISO), oldest first, undated ones last. */
export function sourcesAfter(last: string): Source[] {
  return [...sources].filter((source) => sortKey(source.date) > last).sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date)));
}
