import type { Source } from '../src/model.ts';

/** Every source the deck uses. Slides cite these by id; the sources slide lists them all. */
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
    id: 'hindu-2023',
    outlet: 'The Hindu (citing The Express Tribune)',
    shortName: 'The Hindu',
    title: 'Pakistan Cabinet approves signing of security pact with U.S.: Report',
    date: '2023-08-03',
    url: 'https://www.thehindu.com/news/international/pakistan-cabinet-approves-signing-of-security-pact-with-us-report/article67154415.ece',
    usedFor: "The agreement's 2023 name, what it covers, and the 2005–2023 timeline.",
  },
  // The Federal's and The Indian Express's headlines below are read from their URLs; the fact
  // sheet gives only the URLs. Check them against the pages when they can be reached.
  {
    id: 'federal-2023',
    outlet: 'The Federal',
    shortName: 'The Federal',
    title: 'Pakistan, US to sign new security pact; will Islamabad get American arms?',
    date: '2023-08-03',
    url: 'https://thefederal.com/international/pakistan-us-to-sign-new-security-pact-will-islamabad-get-american-arms/',
    usedFor: 'Cabinet approval by circulation summary; how the press read the renewal.',
  },
  {
    id: 'indianexpress-2018',
    outlet: 'The Indian Express',
    shortName: 'The Indian Express',
    title: '2+2 dialogue: India, US sign key defence deal, talk visa and terror',
    date: '2018-09-07',
    url: 'https://indianexpress.com/article/india/22-dialogue-india-us-sign-key-defence-deal-talk-visa-and-terror-5343949/',
    usedFor: "India's COMCASA with the US, signed 6 September 2018.",
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
