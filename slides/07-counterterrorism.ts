import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'evidence',
  id: 'counterterrorism',
  kicker: 'Insight 3 of 3',
  title: 'Two of three listed activities appear in 2023 reports',
  evidence: {
    point: 'Counterterrorism',
    claim: 'Aids counterterrorism work in three ways',
    status: 'partly',
    finding: 'Operations, training reported; intelligence not mentioned',
    record: [
      { when: '3 Aug 2023', text: 'The arrangement covers joint exercises, operations, training, basing and equipment', source: 'tribune-2023' },
      {
        when: '10 May 2024',
        text: 'A US–Pakistan counterterrorism dialogue in Washington names the TTP (Tehrik-i-Taliban Pakistan) and ISIS-Khorasan as shared threats',
        source: 'brecorder-2024-05',
      },
      {
        when: '4 Mar 2025',
        text: 'President Trump thanks Pakistan, in his address to Congress, for helping arrest a suspect in the 2021 Kabul airport bombing',
        source: 'thenews-2025-03',
      },
      {
        when: '11 Aug 2025',
        text: 'The US designates the Balochistan Liberation Army (BLA) and its Majeed Brigade a Foreign Terrorist Organization',
        source: 'geo-2025-08',
      },
      {
        when: '12 Aug 2025',
        text: 'A US–Pakistan counterterrorism dialogue in Islamabad names the BLA, ISIS-Khorasan and the TTP',
        source: 'shillongtimes-2025-08',
      },
      {
        when: '8–16 Jan 2026',
        text: 'Joint counterterrorism exercise, Inspired Gambit-2026',
        detail: 'The Pakistani and US armies hold counterterrorism exercise Inspired Gambit-2026 at Pabbi, Pakistan',
        source: 'arynews-2026-01',
        onSlide: true,
      },
      {
        when: '27 Feb 2026',
        text: 'During Pakistan–Afghanistan fighting, a US under secretary says Pakistan has the right to defend itself; the Taliban say civilians were hit and that they do not harbour the TTP',
        source: 'devdiscourse-2026-02',
      },
    ],
    notFound: 'A US–Pakistan counterterrorism dialogue in 2026 (checked to June).',
  },
  figure: {
    kind: 'compare',
    left: {
      heading: 'The article',
      items: [
        { key: 'intelligence', text: 'Intelligence exchange' },
        { key: 'operations', text: 'Coordination in operations' },
        { key: 'training', text: 'Joint training exercises' },
      ],
    },
    right: {
      heading: '2023 reports',
      items: [
        { key: 'training', text: 'Exercises, training' },
        { key: 'operations', text: 'Operations' },
        { key: 'basing', text: 'Basing' },
        { key: 'equipment', text: 'Equipment' },
      ],
    },
  },
  notes: [
    'The third insight is counterterrorism. The article credits the agreement with easing intelligence exchange, “coordination in military operations”, and joint training exercises.',
    'The figure sets that list beside the 2023 press reports, which list joint exercises, operations, training, basing and equipment. Operations and training match; the article says coordination in operations, the reports say operations.',
    'Intelligence exchange is not mentioned in the 2023 reports. That is silence, not a denial: on that item we rely on the article alone.',
    'The later record keeps counterterrorism on the shared agenda. From 8 to 16 January 2026, the two armies held a counterterrorism exercise, Inspired Gambit-2026, at Pabbi in Pakistan. The handout lists the dialogues and designations in between.',
  ].join('\n\n'),
  seconds: 57,
  cites: ['platoai-2023', 'tribune-2023', 'hindu-2023', 'arynews-2026-01'],
});
