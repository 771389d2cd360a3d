/**
 * Generated text (::before, ::after). Only elements that match a style rule giving a pseudo-element
 * content are asked for it: asking every element for its pseudo-elements' style was the slowest
 * part of measuring.
 */

const PSEUDO = /::?(?:before|after)\b/g;

/** The selectors (pseudo-element taken off) of the style rules in `rules` that give a ::before or ::after content. */
function pseudoOwners(rules: CSSRuleList, owners: string[]): void {
  for (const rule of rules) {
    const content = rule instanceof CSSStyleRule ? rule.style.getPropertyValue('content') : '';
    if (rule instanceof CSSStyleRule && content !== '' && content !== 'none' && content !== 'normal') {
      for (const selector of rule.selectorText.split(',')) {
        // ".x ::before" (or ".x :before") is a pseudo-element of any descendant: ".x *".
        if (selector.match(PSEUDO))
          owners.push(
            selector
              .replace(/(^|[\s>+~])::?(?:before|after)\b/g, '$1*')
              .replace(PSEUDO, '')
              .trim() || '*',
          );
      }
    }
    if (rule instanceof CSSImportRule && rule.styleSheet) pseudoOwners(rule.styleSheet.cssRules, owners);
    else if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) pseudoOwners(rule.cssRules, owners); // @layer, @media, nesting
  }
}

/** Whether an element may have generated text, from the document's style sheets. */
export function generatedTextOwners(document: Document): (element: Element) => boolean {
  const owners: string[] = [];
  for (const sheet of document.styleSheets) {
    try {
      pseudoOwners(sheet.cssRules, owners);
    } catch {
      owners.push('*'); // a sheet that cannot be read: ask every element
    }
  }
  const selector = owners.join(', ');
  return (element) => {
    if (selector === '') return false;
    try {
      return element.matches(selector);
    } catch {
      return true; // a selector matches() cannot take: ask
    }
  };
}

/** Generated text of ::before / ::after, when it is literal text in the flow. */
export function generatedText(element: Element, pseudo: '::before' | '::after', mayHave: (element: Element) => boolean): string {
  if (!mayHave(element)) return '';
  const style = getComputedStyle(element, pseudo);
  if (style.position === 'absolute' || style.display === 'none') return '';
  if (style.content === 'open-quote') return '“';
  if (style.content === 'close-quote') return '”';
  const literal = /^"(.*)"$/.exec(style.content);
  return literal?.[1] ?? '';
}
