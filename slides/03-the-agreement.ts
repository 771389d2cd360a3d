import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'points',
  id: 'the-agreement',
  kicker: 'Context',
  title: 'A framework that enables US equipment transfers',
  claim: 'A “foundational” pact the US signs with close partners',
  points: [
    'Communication Interoperability and Security Memorandum of Agreement',
    'Eases transfer of communication-security equipment, for interoperability',
    'Gives the Pentagon legal cover for equipment sales',
  ],
  footnote:
    'The source article expands the name as “Communication and Information Security Memorandum of Agreement” (CISMOA).',
  notes: [
    'First, what the agreement is. The 2023 press reports call it the Communication Interoperability and Security Memorandum of Agreement. The source article expands the name differently, as the footnote shows. It is the same agreement.',
    'The Hindu, rewriting The Express Tribune’s report, calls it a “foundational” agreement. The United States signs these with allies and close partners. It gives the US Department of Defense legal cover to sell military equipment to the partner.',
    'What does this family of agreements do? The Indian Express, writing in 2018 about India’s version, says it paves the way for transferring communication-security equipment, so that forces can work together.',
    'So this is a framework. It makes transfers and sales possible, but it is not a sale.',
  ].join('\n\n'),
  seconds: 58,
  cites: ['hindu-2023', 'tribune-2023', 'indianexpress-2018', 'platoai-2023'],
});
