/**
 * A rehearsal against the clock: the time spent on each slide (over every visit), and the report
 * that compares it with each slide's budget. Pure: the deck feeds it slide changes and times.
 */

export class RehearsalTimer {
  private readonly spentMs: number[];
  private slide: number;
  private since: number;

  constructor(slideCount: number, slide: number, now: number) {
    this.spentMs = Array.from({ length: slideCount }, () => 0);
    this.slide = slide;
    this.since = now;
  }

  /** The presenter moved to `slide` at `now`: the time since the last change counts for the slide left. */
  moveTo(slide: number, now: number): void {
    this.spentMs[this.slide] = (this.spentMs[this.slide] ?? 0) + Math.max(0, now - this.since);
    this.slide = slide;
    this.since = now;
  }

  /** Milliseconds spent on each slide, up to `now`. */
  finish(now: number): number[] {
    this.moveTo(this.slide, now);
    return [...this.spentMs];
  }
}

export interface RehearsedSlide {
  /** From 1. */
  readonly position: number;
  readonly title: string;
  /** In whole seconds. */
  readonly budget: number;
  readonly actual: number;
  /** Actual minus budget: positive when over. */
  readonly difference: number;
}

export interface RehearsalReport {
  readonly slides: readonly RehearsedSlide[];
  readonly total: { readonly budget: number; readonly actual: number; readonly difference: number };
  /** Up to three slides that ran most over their budget, most first (none if none ran over). */
  readonly mostOver: readonly RehearsedSlide[];
}

/** The report of a rehearsal: each slide's budget against the time spent on it. */
export function rehearsalReport(slides: readonly { readonly title: string; readonly seconds: number }[], spentMs: readonly number[]): RehearsalReport {
  const rows = slides.map((slide, index): RehearsedSlide => {
    const actual = Math.round((spentMs[index] ?? 0) / 1000);
    return { position: index + 1, title: slide.title, budget: slide.seconds, actual, difference: actual - slide.seconds };
  });
  const sum = (pick: (row: RehearsedSlide) => number): number => rows.reduce((total, row) => total + pick(row), 0);
  const mostOver = rows
    .filter((row) => row.difference > 0)
    .sort((a, b) => b.difference - a.difference || a.position - b.position)
    .slice(0, 3);
  return { slides: rows, total: { budget: sum((row) => row.budget), actual: sum((row) => row.actual), difference: sum((row) => row.difference) }, mostOver };
}

const csvField = (value: string | number): string => (typeof value === 'number' || !/[",\n]/.test(value) ? String(value) : `"${value.replaceAll('"', '""')}"`);

/** The report as CSV: one row per slide (times in seconds), then the total. */
export function rehearsalCsv(report: RehearsalReport): string {
  const header = ['slide', 'title', 'budget_seconds', 'actual_seconds', 'difference_seconds'];
  const rows = report.slides.map((row) => [row.position, row.title, row.budget, row.actual, row.difference]);
  const total = ['total', '', report.total.budget, report.total.actual, report.total.difference];
  return `${[header, ...rows, total].map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}
