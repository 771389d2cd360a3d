// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { EvidenceSlide } from '../../../src/model.ts';
import { layoutOf } from '../../../src/layouts/index.ts';
import { context, rendered, slides, texts } from './helpers.ts';

const evidenceSlides = slides.filter((slide): slide is EvidenceSlide => slide.layout === 'evidence');

describe('evidence layout', () => {
  it.each(evidenceSlides.map((slide) => [slide.id, slide] as const))('%s reads claim, figure, record, verdict, in that order', (_id, slide) => {
    const root = rendered(slide);
    const shown = slide.evidence.record.filter((item) => item.onSlide === true);
    const parts = ['evidence-side--article', 'evidence-figure', 'evidence-side--record', 'finding'];
    const order = [...root.querySelectorAll(parts.map((part) => `.${part}`).join(', '))].map((element) =>
      parts.find((part) => element.classList.contains(part)),
    );
    expect(order).toEqual([
      'evidence-side--article',
      ...(slide.figure ? ['evidence-figure'] : []),
      ...(shown.length > 0 ? ['evidence-side--record'] : []),
      'finding',
    ]);
    expect(texts(root, '.evidence-side--article .evidence-claim')).toEqual([slide.evidence.claim]);
    expect(texts(root, '.evidence-side--record .record-when')).toEqual(shown.map((item) => item.when));
    expect(texts(root, '.finding .status-label')).toEqual([context.labels.statuses[slide.evidence.status]]);
  });

  it.each(evidenceSlides.map((slide) => [slide.id, slide] as const))(
    '%s gives the handout its whole dated record, in full, and what was not found',
    (_id, slide) => {
      const container = document.createElement('div');
      container.append(...(layoutOf(slide).handout?.(slide, context) ?? []));
      const rows = [...container.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
      expect(rows.map((row) => row[0])).toEqual(slide.evidence.record.map((item) => item.when));
      expect(rows.map((row) => row[1])).toEqual(slide.evidence.record.map((item) => item.detail ?? item.text));
      expect(texts(container, '.handout-not-found')).toEqual(
        slide.evidence.notFound ? [`${context.labels.handoutRecord.notFound} ${slide.evidence.notFound}`] : [],
      );
    },
  );

  it('marks kickers, dates, sources and statuses as labels, and the claim as text to read', () => {
    const root = rendered(evidenceSlides[0] ?? (slides[0] as EvidenceSlide));
    for (const selector of ['.side-label', '.record-when', '.record-source', '.status']) {
      expect(root.querySelector(selector)?.closest('[data-text]')?.getAttribute('data-text'), selector).toBe('label');
    }
    expect(root.querySelector('.evidence-claim')?.closest('[data-text]')).toBeNull();
  });
});
