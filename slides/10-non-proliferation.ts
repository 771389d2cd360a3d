import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'evidence',
  id: 'non-proliferation',
  kicker: 'Implication 3 of 3',
  title: 'The nuclear link rests on the article alone',
  evidence: {
    point: 'Non-proliferation',
    claim: 'Agreement indirectly aids defence capability, the nuclear programme included',
    status: 'article-only',
    finding: 'No report links it to the nuclear programme',
    record: [
      {
        when: '20 Oct 2023',
        text: 'The US designates three China-based firms for supplying missile-applicable items to Pakistan’s ballistic-missile programme',
        source: 'businesstoday-2023-10',
      },
      { when: '19 Apr 2024', text: 'The US designates four more suppliers: one Belarusian, three Chinese', source: 'dailypakistan-2024-04' },
      {
        when: '12 Sep 2024',
        text: 'The US sanctions Chinese suppliers and a Pakistani firm over the ballistic-missile programme',
        source: 'pakistantoday-2024-09',
      },
      {
        when: '18 Dec 2024',
        text: 'The US sanctions the state-owned National Development Complex and three Karachi firms over the long-range missile programme; Pakistan’s foreign ministry says it is “unfortunate and biased”',
        source: 'profit-2024-12',
      },
      {
        when: '19 Dec 2024',
        text: 'US Deputy National Security Adviser Jon Finer says Pakistan’s missile development is hard to see “as anything other than an emerging threat to the United States”',
        source: 'publictv-2024-12',
      },
      {
        when: '21 Dec 2024',
        text: 'Pakistan says the allegations are “unfounded” and its programme deters a threat from its neighbourhood',
        source: 'thenews-2024-12',
      },
    ],
    notFound:
      'Any report linking the CIS-MOA to Pakistan’s nuclear programme, 2023 to June 2026; new US missile sanctions on Pakistan in 2026 (checked to June).',
  },
  figure: {
    kind: 'chain',
    steps: [
      { text: 'Secures communication and information', support: 'article' },
      { text: 'Adds to defence capability', support: 'article' },
      { text: 'Reaches the nuclear programme', support: 'unsupported' },
      { text: 'Could worry non-proliferation advocates', support: 'article' },
    ],
  },
  notes: [
    'The third implication is the most sensitive. The article notes long-standing international concern about Pakistan’s nuclear programme, and says the renewal raises questions for non-proliferation.',
    'The chain shows its reasoning. The agreement concerns communication and information security. Yet it adds “indirectly” to Pakistan’s overall defence capability, the nuclear programme included. So non-proliferation advocates could be concerned.',
    'The article states the third step as fact and hedges only the last. No report we found supports that step, so it is drawn dashed.',
    'The record does show a dispute over missiles. The US imposed missile-related sanctions four times, from October 2023 to December 2024.',
    'The United States says the programme is hard to see as anything but an emerging threat to America: Deputy National Security Adviser Jon Finer, on 19 December 2024. Pakistan says, in its reply on 21 December, that the allegations are unfounded and that its programme deters a threat from its neighbourhood.',
  ].join('\n\n'),
  seconds: 73,
  cites: ['platoai-2023', 'businesstoday-2023-10', 'profit-2024-12', 'publictv-2024-12', 'thenews-2024-12'],
});
