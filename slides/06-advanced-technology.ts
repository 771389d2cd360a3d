import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'evidence',
  id: 'advanced-technology',
  kicker: 'Insight 2 of 3',
  title: 'Secure communications fit; hardware sales were uncertain',
  evidence: {
    point: 'Technology access',
    claim: 'Agreement “provides Pakistan with access” to advanced US military technology',
    status: 'partly',
    finding: 'Fits secure-communications transfers; press called hardware sales possible, not assured',
    record: [
      {
        when: '7 Sep 2018',
        text: 'This agreement family eases transfer of communication-security equipment',
        source: 'indianexpress-2018',
      },
      {
        when: '3 Aug 2023',
        text: 'Retired senior Pakistani officer: buying US hardware still not easy',
        source: 'federal-2023',
      },
    ],
    sinceThen: [
      {
        when: '8 Dec 2025',
        text: 'Proposed $686m F-16 package notified: Link-16, cryptographic gear, avionics',
        source: 'dunya-2025-12',
      },
    ],
  },
  notes: [
    'The second insight, as the article puts it: the agreement “provides Pakistan with access” to advanced US military technology. Its examples are secure communication systems and encrypted software. The aim, it says, is modern forces and a credible deterrent.',
    'On secure communications, the record fits. The Indian Express, in 2018, says this family of agreements paves the way for transferring communication-security equipment.',
    'The doubt concerns hardware sales. The Hindu, rewriting The Express Tribune, says the agreement gives legal cover for sales. That permits sales but does not make them. The Federal saw a possible opening for hardware. It also quoted one retired senior Pakistani officer, who cautioned that buying US hardware would still not be easy.',
    'Since then, in December 2025, the US notified Congress of a proposed $686 million F-16 package, including Link-16 data links and cryptographic equipment. No report links it to this agreement.',
  ].join('\n\n'),
  seconds: 69,
  cites: ['platoai-2023', 'indianexpress-2018', 'hindu-2023', 'tribune-2023', 'federal-2023', 'dunya-2025-12'],
});
