import type { RevealApi } from 'reveal.js';
import { html } from '../dom/html.ts';
import { type RehearsalReport, RehearsalTimer, rehearsalCsv, rehearsalReport } from './rehearsal.ts';
import { formatClock } from './time.ts';
import './live.css';

export interface SlideBudget {
  readonly title: string;
  readonly seconds: number;
}

export interface Rehearsal {
  readonly active: () => boolean;
  toggle(): void;
}

const signed = (seconds: number): string => (seconds > 0 ? `+${formatClock(seconds)}` : formatClock(seconds));

function reportTable(report: RehearsalReport): HTMLTableElement {
  const cell = (tag: 'td' | 'th', text: string, over = false): HTMLElement => html(tag, over ? { class: 'over' } : {}, text);
  return html(
    'table',
    {},
    html('thead', {}, html('tr', {}, ...['Slide', 'Title', 'Budget', 'Actual', 'Difference'].map((name) => html('th', { scope: 'col' }, name)))),
    html(
      'tbody',
      {},
      ...report.slides.map((row) =>
        html(
          'tr',
          {},
          cell('td', String(row.position)),
          cell('th', row.title),
          cell('td', formatClock(row.budget)),
          cell('td', formatClock(row.actual)),
          cell('td', signed(row.difference), row.difference > 0),
        ),
      ),
    ),
    html(
      'tfoot',
      {},
      html(
        'tr',
        {},
        cell('td', ''),
        cell('th', 'Total'),
        cell('td', formatClock(report.total.budget)),
        cell('td', formatClock(report.total.actual)),
        cell('td', signed(report.total.difference), report.total.difference > 0),
      ),
    ),
  );
}

/** The report, in a dialog over the deck: the table, the slides most over, and the CSV to save. */
function showReport(report: RehearsalReport, csvName: string): void {
  const csv = URL.createObjectURL(new Blob([rehearsalCsv(report)], { type: 'text/csv' }));
  const close = html('button', { type: 'button' }, 'Close');
  const mostOver =
    report.mostOver.length === 0
      ? 'No slide ran over its budget.'
      : `Most over: ${report.mostOver.map((row) => `${row.position}. ${row.title} (${signed(row.difference)})`).join('; ')}.`;
  const dialog = html(
    'dialog',
    { class: 'rehearsal-report', 'aria-labelledby': 'rehearsal-report-title' },
    html('h2', { id: 'rehearsal-report-title' }, `Rehearsal: ${formatClock(report.total.actual)} against a budget of ${formatClock(report.total.budget)}`),
    html('p', { class: 'most-over' }, mostOver),
    reportTable(report),
    html('p', { class: 'actions' }, html('a', { href: csv, download: csvName }, 'Save as CSV'), close),
  );
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    URL.revokeObjectURL(csv);
    dialog.remove();
  });
  document.body.append(dialog);
  dialog.showModal();
}

/**
 * Rehearsal against the clock: while on, the time on each slide is recorded and a small label
 * says so; turned off, the report opens over the deck. Nothing leaves this browser.
 */
export function rehearsal(reveal: RevealApi, slides: readonly SlideBudget[], csvName: string, onChange: () => void): Rehearsal {
  let timer: RehearsalTimer | undefined;
  const label = html('p', { class: 'rehearsal-label', role: 'status' }, 'Rehearsing: T ends it and shows the times');
  reveal.on('slidechanged', () => timer?.moveTo(reveal.getIndices().h, performance.now()));
  return {
    active: () => timer !== undefined,
    toggle() {
      if (timer === undefined) {
        timer = new RehearsalTimer(slides.length, reveal.getIndices().h, performance.now());
        document.body.append(label);
      } else {
        const spent = timer.finish(performance.now());
        timer = undefined;
        label.remove();
        showReport(rehearsalReport(slides, spent), csvName);
      }
      onChange();
    },
  };
}
