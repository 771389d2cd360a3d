import type { DeckLabels } from '../../src/model.ts';

/** The labels of the example deck: its own words where the briefing's would not fit. */
export const deckLabels = {
  titleKicker: 'Example',
  scopeName: 'What this example shows',
  sourceLine: { one: 'Source', many: 'Sources' },
  statuses: { reported: 'Reported', partly: 'Partly supported', 'article-only': 'Claimed only', differs: 'Differs' },
  statusLegend: 'Statuses',
  article: 'The claim',
  record: 'The evidence',
  figures: { compare: 'two lists side by side', chain: 'a chain of reasoning', holdings: 'what each holds' },
  handoutRecord: { title: 'The evidence', columns: ['When', 'What', 'Source'], empty: 'No evidence yet.', notFound: 'Looked for, not found:' },
  chain: { record: 'Shown', article: 'Claimed', unsupported: 'Not shown' },
  compare: { missing: 'not listed', match: 'match' },
  synthesis: { name: 'How the parts connect', insights: 'Causes', implications: 'Effects', stated: 'Stated link', inferred: 'Our reading' },
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
  },
} as const satisfies DeckLabels;
