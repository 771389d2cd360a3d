import type { ChainSupport } from '../model.ts';
import { html } from '../dom/html.ts';
import { prose } from '../dom/typography.ts';
import { LABEL } from '../dom/text-role.ts';
import { PARTS } from '../constants.ts';

export interface ChainStep {
  readonly text: string;
  readonly support: ChainSupport;
}

/**
 * An argument as a chain of steps, left to right, each labelled with what supports it; the
 * step nothing in the record supports is drawn dashed. An ordered list, so it reads in order.
 */
export function renderChain(steps: readonly ChainStep[], name: string, labels: Readonly<Record<ChainSupport, string>>): HTMLElement {
  return html(
    PARTS.chain.tag,
    { class: PARTS.chain.className, 'aria-label': name },
    ...steps.map((step) =>
      html(
        'li',
        { class: `chain-step chain-step--${step.support}` },
        html('span', { class: 'chain-support', ...LABEL }, labels[step.support]),
        html('span', { class: 'chain-text' }, ...prose(step.text)),
      ),
    ),
  );
}
