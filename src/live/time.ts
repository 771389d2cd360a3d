/** Whole seconds as "m:ss" ("1:05"; "-0:20" when negative; hours as minutes, "75:00"). */
export function formatClock(seconds: number): string {
  const whole = Math.round(Math.abs(seconds));
  const sign = seconds < 0 && whole > 0 ? '-' : '';
  return `${sign}${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Where the presenter stands against the slides' time budgets. */
export interface Pacing {
  /** When the current slide should start and end, in seconds from the start. */
  readonly plannedStart: number;
  readonly plannedEnd: number;
  /** Seconds behind (positive) or ahead (negative) of that window; 0 within it. */
  readonly behind: number;
}

/** Pacing at `elapsed` seconds on slide `slide` (from 0), given every slide's budget in seconds. */
export function pacing(budgets: readonly number[], slide: number, elapsed: number): Pacing {
  const plannedStart = budgets.slice(0, slide).reduce((sum, seconds) => sum + seconds, 0);
  const plannedEnd = plannedStart + (budgets[slide] ?? 0);
  const behind = elapsed > plannedEnd ? elapsed - plannedEnd : elapsed < plannedStart ? elapsed - plannedStart : 0;
  return { plannedStart, plannedEnd, behind };
}

/** Pacing in words: "on time", "0:40 behind", "1:10 ahead". */
export function describePacing(behind: number): string {
  if (Math.round(behind) === 0) return 'on time';
  return behind > 0 ? `${formatClock(behind)} behind` : `${formatClock(-behind)} ahead`;
}
