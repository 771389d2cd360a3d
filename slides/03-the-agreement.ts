import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'points',
  id: 'the-agreement',
  kicker: 'Context',
  title: 'The agreement',
  claim: 'CIS-MOA is a “foundational” agreement the US signs with close partners.',
  points: [
    'Communication Interoperability and Security Memorandum of Agreement',
    'Legal cover for US military equipment sales',
    'Covers exercises, operations, training, basing, equipment',
  ],
  notes: [
    'Start with the agreement itself. Press reports of the 2023 renewal call it the Communication Interoperability and Security Memorandum of Agreement, or CIS-MOA. The source article spells the name out as “Communication and Information Security Memorandum of Agreement”, abbreviated CISMOA, and The Indian Express, in 2018, used yet another expansion. These are variants of one name; this briefing uses the 2023 form throughout.',
    'According to The Hindu, the CIS-MOA is one of the “foundational” agreements the United States signs with its allies, and with countries it wants close military and defence ties with. Its practical weight is legal: it gives the US Department of Defense cover for selling military equipment and hardware to the partner country. The Hindu and The Federal both describe the arrangement as covering joint exercises, operations, training, basing and equipment.',
    'The article frames it more broadly, as an agreement under which sensitive military technology and information can be shared. Keep that framing in mind, because two of the article’s insights build on it.',
  ].join('\n\n'),
  seconds: 78,
  cites: ['hindu-2023', 'federal-2023', 'platoai-2023', 'indianexpress-2018'],
});
