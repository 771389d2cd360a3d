import type { DeckLabels, FigureList } from '../model.ts';
import { html } from '../dom/html.ts';
import { prose } from '../dom/typography.ts';
import { LABEL } from '../dom/text-role.ts';

/**
 * Two lists set against each other as a table, one row per item: items the two lists share
 * (same key) sit on one row, marked as a match; an item only one list has leaves the other
 * side's cell marked "not mentioned" (silence, not a denial). A table, so it reads in order for screen readers and
 * becomes a native table in other formats.
 */
export function renderCompare(left: FigureList, right: FigureList, caption: string, labels: DeckLabels['compare']): HTMLElement {
  const keys = [...new Set([...left.items.map((item) => item.key), ...right.items.map((item) => item.key)])];
  const textOf = (list: FigureList, key: string): string | undefined => list.items.find((item) => item.key === key)?.text;
  const cell = (text: string | undefined): HTMLElement =>
    text === undefined ? html('td', { class: 'compare-missing' }, labels.missing) : html('td', {}, ...prose(text));
  const rows = keys.map((key) => {
    const leftText = textOf(left, key);
    const rightText = textOf(right, key);
    const matched = leftText !== undefined && rightText !== undefined;
    return html(
      'tr',
      { class: matched ? 'compare-row compare-row--match' : 'compare-row compare-row--single', 'data-key': key },
      cell(leftText),
      html('td', { class: 'compare-link' }, matched ? html('span', { class: 'compare-mark', ...LABEL }, labels.match) : null),
      cell(rightText),
    );
  });
  return html(
    'table',
    { class: 'compare' },
    html('caption', { class: 'visually-hidden' }, caption),
    html(
      'thead',
      LABEL,
      html(
        'tr',
        {},
        html('th', { scope: 'col' }, left.heading),
        html('th', { scope: 'col', class: 'compare-link' }, html('span', { class: 'visually-hidden' }, labels.linkColumn)),
        html('th', { scope: 'col' }, right.heading),
      ),
    ),
    html('tbody', {}, ...rows),
  );
}
