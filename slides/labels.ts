import type { DeckLabels } from '../src/model.ts';

/** The words the layouts show around this deck's content: labels, column heads, legends. */
export const deckLabels = {
  titleKicker: 'Briefing',
  scopeName: 'Scope of this briefing',
  sourceLine: { one: 'Source', many: 'Sources' },
  statuses: {
    reported: 'Reported',
    partly: 'Partly supported',
    'article-only': 'Article only',
    differs: 'Record differs',
  },
  statusLegend: 'Statuses',
  article: 'The article says',
  record: 'The record',
  figures: {
    compare: 'what each side lists',
    chain: 'the article’s chain of reasoning',
    holdings: 'what each holds, and when',
  },
  handoutRecord: {
    title: 'The dated record',
    columns: ['When', 'What', 'Source'],
    empty: 'No dated report bears on this point.',
    notFound: 'Searched for, not found:',
  },
  chain: {
    record: 'In the record',
    article: 'Article states',
    unsupported: 'Not in the record',
  },
  compare: { missing: 'not mentioned', match: 'match', linkColumn: 'Match' },
  synthesis: {
    name: 'How the three insights lead to the three implications',
    insights: 'Insights',
    implications: 'Implications',
    stated: 'The article states this link',
    inferred: 'This briefing’s reading',
  },
  published: 'Published',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  phrases: {
    span: (from, to) => `${from} to ${to}`,
    recordStops: 'where the record stops',
    timelineName: (span) => `Timeline to scale, ${span}`,
    publishedOn: (date) => `published ${date}`,
    holding: { held: 'held', reported: 'reported, not confirmed' },
    from: (date) => `from ${date}`,
    drawnTo: (date) => `Drawn to ${date}, where the record stops.`,
    both: (first, second) => `${first} and ${second}`,
    slideOf: (number, total) => `Slide ${number} of ${total}`,
    openFullSize: 'Open full size',
    handout: 'handout with speaker notes',
    contents: 'Slides',
    duration: (minutes, seconds) => (minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`),
    link: (from, to) => `${from} to ${to}`,
  },
} as const satisfies DeckLabels;
