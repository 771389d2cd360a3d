/**
 * The pieces that show an article's claim against the dated record, shared by the point
 * slides, the claims-versus-record grid and the handout.
 */
import type { DeckLabels, Evidence, EvidenceStatus, Quote, RecordItem, Source } from '../../model.ts';
import { html } from '../../dom/html.ts';
import { formatDate } from '../../dom/format.ts';
import { prose } from '../../dom/typography.ts';
import { LABEL } from '../../dom/text-role.ts';

function sourceOf(id: string, sources: readonly Source[]): Source | undefined {
  return sources.find((source) => source.id === id);
}

/** A status as a badge: a shape and a label, so it never rests on colour alone. */
export function statusBadge(status: EvidenceStatus, labels: DeckLabels): HTMLElement {
  return html(
    'span',
    { class: `status status--${status}`, ...LABEL },
    html('span', { class: 'status-mark', 'aria-hidden': 'true' }),
    html('span', { class: 'status-label' }, labels.statuses[status]),
  );
}

/** Dated items, each with its date, its line and its source's short name. */
export function recordList(items: readonly RecordItem[], sources: readonly Source[], className = 'record-list'): HTMLElement {
  return html(
    'ul',
    { class: className },
    ...items.map((item) =>
      html(
        'li',
        { class: 'record-item' },
        html('span', { class: 'record-when', ...LABEL }, item.when),
        html('span', { class: 'record-text' }, ...prose(item.text)),
        html('span', { class: 'record-source', ...LABEL }, sourceOf(item.source, sources)?.shortName ?? item.source),
      ),
    ),
  );
}

/** A short quote, attributed. Not a figure: a quotation in the text. */
export function quoteBlock(quote: Quote): HTMLElement {
  return html('p', { class: 'quote' }, html('q', {}, quote.text), html('span', { class: 'quote-by', ...LABEL }, `— ${quote.attribution}`));
}

/** The article's side: its claim, and a short quote if there is one. */
export function articleClaim(evidence: Evidence, labels: DeckLabels, quote?: Quote): HTMLElement {
  return html(
    'div',
    { class: 'evidence-side evidence-side--article', role: 'group', 'aria-label': labels.article },
    html('p', { class: 'side-label', ...LABEL }, labels.article),
    html('p', { class: 'evidence-claim' }, ...prose(evidence.claim)),
    quote ? quoteBlock(quote) : null,
  );
}

/** The record items chosen for the slide (the handout has them all), or nothing if none is. */
export function recordSide(evidence: Evidence, sources: readonly Source[], labels: DeckLabels): HTMLElement | null {
  const shown = evidence.record.filter((item) => item.onSlide === true);
  if (shown.length === 0) return null;
  return html(
    'div',
    { class: 'evidence-side evidence-side--record', role: 'group', 'aria-label': labels.record },
    html('p', { class: 'side-label', ...LABEL }, labels.record),
    recordList(shown, sources),
  );
}

/** The verdict line: the status badge and the finding. */
export function findingStrip(evidence: Evidence, labels: DeckLabels): HTMLElement {
  return html(
    'p',
    { class: `finding finding--${evidence.status}` },
    statusBadge(evidence.status, labels),
    html('span', { class: 'finding-text' }, ...prose(evidence.finding)),
  );
}

/** "The Hindu, 3 Aug 2023": a source as the handout cites it. */
function citation(id: string, sources: readonly Source[], months: readonly string[]): string {
  const source = sourceOf(id, sources);
  return source ? `${source.outlet}, ${formatDate(source.date, months)}` : id;
}

/**
 * The reader's copy of a point: its whole dated record, each item in full with its source, and
 * what was searched for and not found. For the handout, under the slide.
 */
export function fullRecord(evidence: Evidence, sources: readonly Source[], { handoutRecord, months }: DeckLabels): HTMLElement {
  return html(
    'section',
    { class: 'handout-record', 'aria-label': handoutRecord.title },
    // Not a heading: the handout's outline (its PDF bookmarks) has one heading per slide.
    html('p', { class: 'handout-record-title' }, handoutRecord.title),
    html(
      'table',
      {},
      html('thead', {}, html('tr', {}, ...handoutRecord.columns.map((label) => html('th', { scope: 'col' }, label)))),
      html(
        'tbody',
        {},
        ...evidence.record.map((item) =>
          html(
            'tr',
            { class: item.onSlide === true ? 'on-slide' : undefined },
            html('td', {}, item.when),
            html('td', {}, item.detail ?? item.text),
            html('td', {}, citation(item.source, sources, months)),
          ),
        ),
      ),
    ),
    evidence.record.length === 0 ? html('p', {}, handoutRecord.empty) : null,
    evidence.notFound ? html('p', { class: 'handout-not-found' }, html('strong', {}, `${handoutRecord.notFound} `), evidence.notFound) : null,
  );
}
