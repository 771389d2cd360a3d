// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../../src/model.ts';
import { declaredTextIsShown, rendered, slides, texts } from './helpers.ts';

const evidenceSlides = slides.filter((slide) => slide.layout === 'evidence');

describe('evidence layout', () => {
  it.each(evidenceSlides.map((slide) => [slide.id, slide] as const))('%s reads claim, record, verdict, in that order', (_id, slide) => {
    if (slide.layout !== 'evidence') throw new Error('not an evidence slide');
    const root = rendered(slide);
    const order = [...root.querySelectorAll('.evidence-side--article, .evidence-figure, .record-sides, .finding')].map((element) => element.className.split(' ')[0]);
    expect(order).toEqual(['evidence-side', ...(slide.figure ? ['evidence-figure'] : []), 'record-sides', 'finding']);
    expect(texts(root, '.evidence-side--article .evidence-claim')).toEqual([slide.evidence.claim]);
    expect(texts(root, '.evidence-side--record .record-when')).toEqual(slide.evidence.record.map((item) => item.when));
    expect(texts(root, '.finding .status-label')).toEqual([STATUS_LABELS[slide.evidence.status]]);
    expect(root.querySelectorAll('[role="group"][aria-label]').length).toBeGreaterThanOrEqual(2);
    expect(declaredTextIsShown(slide)).toEqual([]);
  });

  it('says so when the record is silent', () => {
    const silent = evidenceSlides.find((slide) => slide.layout === 'evidence' && slide.evidence.record.length === 0);
    expect(silent && texts(rendered(silent), '.record-silent')).toEqual(['No 2023 report addresses the claim.']);
  });
});
