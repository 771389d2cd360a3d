import { html } from '../dom/html.ts';
import { prose } from '../dom/typography.ts';
import { LABEL } from '../dom/text-role.ts';

export interface ChainStep {
  readonly text: string;
  readonly support: 'record' | 'article' | 'unsupported';
}

const SUPPORT_LABELS: Readonly<Record<ChainStep['support'], string>> = {
  record: 'In the record',
  article: 'Article states',
  unsupported: 'Not in the record',
};

/**
 * An argument as a chain of steps, left to right, each labelled with what supports it; the
 * step nothing in the record supports is drawn dashed. An ordered list, so it reads in order.
 */
export function renderChain(steps: readonly ChainStep[], name: string): HTMLElement {
  return html(
    'ol',
    { class: 'chain', 'aria-label': name },
    ...steps.map((step) =>
      html(
        'li',
        { class: `chain-step chain-step--${step.support}` },
        html('span', { class: 'chain-support', ...LABEL }, SUPPORT_LABELS[step.support]),
        html('span', { class: 'chain-text' }, ...prose(step.text)),
      ),
    ),
  );
}

/** The words the chain shows besides its steps' text. */
export const chainLabels = (steps: readonly ChainStep[]): string[] => steps.map((step) => SUPPORT_LABELS[step.support]);
