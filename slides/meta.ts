import type { DeckMeta } from '../src/model.ts';

/** Document-level facts about the deck: page title, PDF metadata, export file names. */
export const deckMeta = {
  title: "Pakistan's reported CIS-MOA renewal with the United States",
  subtitle: 'A 2023 article’s claims, set against the record to June 2026',
  author: 'Policy briefing team',
  subject:
    "Briefing on Pakistan's reported 2023 renewal of the Communication Interoperability and Security Memorandum of Agreement (CIS-MOA) with the United States: a 2023 article's claims set against the dated record to June 2026 (cabinet approval to sign reported; no signing found)",
  keywords: ['CIS-MOA', 'CISMOA', 'Pakistan', 'United States', 'defence cooperation', 'South Asia'],
  /** File-name stem for exports: exports/<slug>.pdf and exports/<slug>-notes.pdf. */
  slug: 'cismoa-briefing',
  language: 'en-GB',
  /** A 15 to 16 minute slot. */
  timeSlot: { minSeconds: 900, maxSeconds: 960 },
} as const satisfies DeckMeta & { readonly subtitle: string };
