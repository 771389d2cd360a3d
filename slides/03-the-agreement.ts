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
    'Start with the agreement itself. Press reports of the 2023 renewal call it the Communication Interoperability and Security Memorandum of Agreement, or CIS-MOA. The source article expands the name differently, as the “Communication and Information Security Memorandum of Agreement”, written CISMOA, and other outlets have used other variants. It is the same agreement; this briefing uses the 2023 name throughout.',
    'According to The Hindu, the CIS-MOA is one of the “foundational” agreements the United States signs with its allies, and with countries it wants close military and defence ties with. Its practical weight is legal: it gives the US Department of Defense cover for selling military equipment and hardware to the partner country. The Hindu and The Federal both describe the arrangement as covering joint exercises, operations, training, basing and equipment.',
    'The article frames it more broadly, as an agreement that allows the sharing of sensitive military technology and information. Keep that framing in mind, because two of the article’s insights build on it.',
  ].join('\n\n'),
  seconds: 77,
  cites: ['hindu-2023', 'federal-2023', 'platoai-2023'],
});
