import { defineSlide } from '../src/model.ts';

export default defineSlide({
  layout: 'evidence',
  id: 'advanced-technology',
  kicker: 'Insight 2 of 3',
  title: 'Fits secure communications; hardware sales were possible, not assured',
  evidence: {
    point: 'Technology',
    claim: 'Gives Pakistan “access to advanced military technology”',
    status: 'partly',
    finding: 'Fits secure communications; sales unsure',
    record: [
      {
        when: '6 Sep 2018',
        text: 'India and US: COMCASA to help India access advanced defence systems',
        detail:
          'India and the US say COMCASA, India’s version of this agreement, will help India access advanced defence systems; such agreements pave the way for communication-security equipment, for interoperability',
        source: 'indianexpress-2018',
        onSlide: true,
      },
      {
        when: '3 Aug 2023',
        text: 'Retired senior Pakistani officer: US hardware still not easy to buy',
        detail:
          'The press reads the renewal as a possible opening for US hardware sales; a retired senior Pakistani officer, quoted in the Tribune’s report, cautions that buying US hardware would still not be easy',
        source: 'federal-2023',
        onSlide: true,
      },
      {
        when: '10 Oct 2025',
        text: 'After reports of an AMRAAM (Advanced Medium-Range Air-to-Air Missile) sale, the US says a contract change listing Pakistan covers sustainment and spares, no new missiles',
        source: 'livemint-2025-10',
      },
      {
        when: '8 Dec 2025',
        text: 'Proposed $686m F-16 package notified to Congress',
        detail:
          'The US Defense Security Cooperation Agency (DSCA) notifies Congress of a proposed $686m package for Pakistan’s F-16s: Link-16 data links, cryptographic equipment, avionics, training. Its stated purpose is interoperability “with U.S. and partner forces in ongoing counterterrorism efforts and in preparation for future contingency operations”',
        source: 'dunya-2025-12',
      },
      {
        when: 'Undated, after Dec 2025',
        text: 'The F-16 package is reported cleared after the 30-day congressional review, with no objection raised',
        source: 'topstory-2026',
      },
    ],
    notFound: 'A new US arms-sale notification for Pakistan in 2026 (checked to June).',
  },
  notes: [
    'The second insight: the article says the agreement “provides Pakistan with access” to advanced US military technology, such as secure communication systems and encrypted software. The aim, it says, is modern forces and a credible deterrent.',
    'On secure communications, the record fits: such agreements pave the way for communication-security equipment. And when India signed its version, COMCASA, on 6 September 2018, the two governments said it would help India access advanced defence systems.',
    'Hardware sales are less certain. In 2023 the press saw a possible opening, but a retired senior Pakistani officer, quoted in the Tribune’s report, said that buying US hardware would still not be easy.',
    'Later, on 8 December 2025, the Defense Security Cooperation Agency, or DSCA, notified Congress of a proposed $686 million F-16 package. It includes Link-16, a secure military data link, and cryptographic equipment. An undated report says it cleared the thirty-day congressional review.',
  ].join('\n\n'),
  seconds: 70,
  cites: ['platoai-2023', 'indianexpress-2018', 'federal-2023', 'tribune-2023', 'dunya-2025-12', 'topstory-2026'],
});
