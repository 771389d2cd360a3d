import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'points',
  id: 'the-agreement',
  kicker: 'Context',
  title: 'A framework that can enable US equipment transfers',
  claim: 'A “foundational” agreement the US signs with close partners',
  points: [
    'Communication Interoperability and Security Memorandum of Agreement',
    'Paves the way for communication-security equipment transfers',
    '“Legal cover” for US sales, in the Tribune’s sources’ words',
  ],
  footnote: 'The article expands the name as “Communication and Information Security Memorandum of Agreement”.',
  notes: [
    'First, what the agreement is. The 2023 press reports call it the Communication Interoperability and Security Memorandum of Agreement. The article expands the name as Communication and Information Security Memorandum of Agreement. It is the same agreement.',
    'The Express Tribune, a Pakistani daily, broke the 2023 story. Its report, rewritten by The Hindu, calls this a “foundational” agreement: one the United States signs with allies and close partners.',
    'What does it do? The Tribune’s sources say it gives the US Department of Defense legal cover to sell military equipment to the partner. The Indian Express, writing in 2018 about India’s version, says such agreements pave the way for communication-security equipment.',
    'So this is a framework. It can enable transfers and sales; it is not a sale.',
  ].join('\n\n'),
  seconds: 60,
  cites: ['tribune-2023', 'hindu-2023', 'indianexpress-2018', 'platoai-2023'],
});
