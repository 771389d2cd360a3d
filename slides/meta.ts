import type { DeckMeta } from '../src/model.ts';

/** Document-level facts about the deck: page title, PDF metadata, export file names. */
export const deckMeta = {
  title: "Pakistan's CIS-MOA renewal with the United States",
  subtitle: 'Key insights and implications',
  author: 'Policy briefing team',
  subject:
    "Briefing on Pakistan's 2023 renewal of the Communication Interoperability and Security Memorandum of Agreement (CIS-MOA) with the United States",
  keywords: ['CIS-MOA', 'CISMOA', 'Pakistan', 'United States', 'defence cooperation', 'South Asia'],
  /** File-name stem for exports: exports/<slug>.pdf and exports/<slug>-notes.pdf. */
  slug: 'cismoa-briefing',
  language: 'en',
} as const satisfies DeckMeta & { readonly subtitle: string };
