import { describe, expect, it } from 'vitest';
import { RehearsalTimer, rehearsalCsv, rehearsalReport } from '../../../src/live/rehearsal.ts';

describe('RehearsalTimer', () => {
  it('adds up the time on each slide over every visit', () => {
    const timer = new RehearsalTimer(3, 0, 1_000);
    timer.moveTo(1, 11_000); // 10 s on slide 1
    timer.moveTo(0, 16_000); // 5 s on slide 2
    timer.moveTo(2, 18_000); // 2 s more on slide 1
    expect(timer.finish(48_000)).toEqual([12_000, 5_000, 30_000]);
  });
});

describe('rehearsalReport', () => {
  const slides = [
    { title: 'Opening', seconds: 30 },
    { title: 'Claims', seconds: 60 },
    { title: 'Record', seconds: 60 },
    { title: 'Map', seconds: 45 },
    { title: 'Close', seconds: 20 },
  ];

  it('compares each slide with its budget, totals them and names the three most over', () => {
    const report = rehearsalReport(slides, [40_000, 50_000, 95_000, 60_400, 21_000]);
    expect(report.slides[0]).toEqual({ position: 1, title: 'Opening', budget: 30, actual: 40, difference: 10 });
    expect(report.total).toEqual({ budget: 215, actual: 266, difference: 51 });
    expect(report.mostOver.map((row) => [row.title, row.difference])).toEqual([
      ['Record', 35],
      ['Map', 15],
      ['Opening', 10],
    ]);
  });

  it('names none when no slide ran over', () => {
    expect(rehearsalReport(slides, [1_000, 1_000, 1_000, 1_000, 1_000]).mostOver).toEqual([]);
  });

  it('writes CSV: a header, a row per slide in seconds, a total, titles quoted when they need it', () => {
    const csv = rehearsalCsv(rehearsalReport([{ title: 'Claims, "tested"', seconds: 60 }], [75_000]));
    expect(csv.split('\r\n')).toEqual([
      'slide,title,budget_seconds,actual_seconds,difference_seconds',
      '1,"Claims, ""tested""",60,75,15',
      'total,,60,75,15',
      '',
    ]);
  });
});
