/**
 * The pieces that show an article's claim against the dated record, shared by the point
 * slides (evidence, map), the claims-versus-record grid and the since-then record.
 */
import { STATUS_LABELS, type Evidence, type EvidenceStatus, type Quote, type RecordItem, type Source } from '../../model.ts';
import { html } from '../../dom/html.ts';
import { prose } from '../../dom/typography.ts';

/** The short name of a record item's source, for the line under it. */
function sourceName(id: string, sources: readonly Source[]): string {
  return sources.find((source) => source.id === id)?.shortName ?? id;
}

/** A status as a badge: a shape and a label, so it never rests on colour alone. */
export function statusBadge(status: EvidenceStatus): HTMLElement {
  return html(
    'span',
    { class: `status status--${status}` },
    html('span', { class: 'status-mark', 'aria-hidden': 'true' }),
    html('span', { class: 'status-label' }, STATUS_LABELS[status]),
  );
}

/** Dated items, each with its date, its text and its source. */
export function recordList(items: readonly RecordItem[], sources: readonly Source[], className = 'record-list'): HTMLElement {
  return html(
    'ul',
    { class: className },
    ...items.map((item) =>
      html(
        'li',
        { class: 'record-item' },
        html('span', { class: 'record-when' }, item.when),
        html('span', { class: 'record-text' }, ...prose(item.text)),
        html('span', { class: 'record-source' }, sourceName(item.source, sources)),
      ),
    ),
  );
}

/** A short quote, attributed. Not a figure: a quotation in the text. */
export function quoteBlock(quote: Quote): HTMLElement {
  return html('p', { class: 'quote' }, html('q', {}, quote.text), html('span', { class: 'quote-by' }, `— ${quote.attribution}`));
}

/** The article's side: its claim, and a short quote if there is one. */
export function articleClaim(evidence: Evidence, quote?: Quote): HTMLElement {
  return html(
    'div',
    { class: 'evidence-side evidence-side--article', role: 'group', 'aria-label': 'The article says' },
    html('p', { class: 'side-label' }, 'The article says'),
    html('p', { class: 'evidence-claim' }, ...prose(evidence.claim)),
    quote ? quoteBlock(quote) : null,
  );
}

/** The record's side: the 2023 record beside what came after the article, if anything did. */
export function recordSides(evidence: Evidence, sources: readonly Source[]): HTMLElement {
  const since = evidence.sinceThen ?? [];
  return html(
    'div',
    { class: 'record-sides' },
    html(
      'div',
      { class: 'evidence-side evidence-side--record', role: 'group', 'aria-label': 'The press record' },
      html('p', { class: 'side-label' }, 'The press record'),
      evidence.record.length > 0 ? recordList(evidence.record, sources) : html('p', { class: 'record-silent' }, 'No 2023 report addresses the claim.'),
    ),
    since.length > 0
      ? html('div', { class: 'evidence-side evidence-side--since', role: 'group', 'aria-label': 'Since the article' }, html('p', { class: 'side-label' }, 'Since the article'), recordList(since, sources))
      : null,
  );
}

/** The verdict line: the status badge and the finding. */
export function findingStrip(evidence: Evidence): HTMLElement {
  return html('p', { class: `finding finding--${evidence.status}` }, statusBadge(evidence.status), html('span', { class: 'finding-text' }, ...prose(evidence.finding)));
}

/** Every string the evidence shows (record items' source names are generated, like the source line). */
export function evidenceText(evidence: Evidence, quote?: Quote): string[] {
  return [
    evidence.claim,
    ...(quote ? [quote.text, quote.attribution] : []),
    ...evidence.record.flatMap((item) => [item.when, item.text]),
    ...(evidence.sinceThen ?? []).flatMap((item) => [item.when, item.text]),
    STATUS_LABELS[evidence.status],
    evidence.finding,
  ];
}

/** The labels the evidence pieces add around the content. */
export function evidenceLabels(evidence: Evidence): string[] {
  return ['The article says', 'The press record', ...(evidence.record.length === 0 ? ['No 2023 report addresses the claim.'] : []), ...((evidence.sinceThen ?? []).length > 0 ? ['Since the article'] : [])];
}
