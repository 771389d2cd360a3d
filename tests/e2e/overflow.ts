/**
 * Runs in the page (self-contained: drivers send its source): everything on the present slide
 * that lies outside the slide canvas, or whose text is clipped. Shared by the Chromium and
 * Firefox tests.
 */
export function slideOverflow(): string[] {
  const section = document.querySelector('.reveal .slides > section.present');
  if (section === null) return ['no present slide'];
  const canvas = section.getBoundingClientRect();
  const tolerance = 1;
  const problems: string[] = [];
  const describe = (element: Element): string =>
    `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
  for (const element of section.querySelectorAll('*')) {
    // Speaker notes are not on the slide; visually hidden text (a table caption) is clipped on purpose.
    if (element.closest('aside.notes, .visually-hidden')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (
      box.left < canvas.left - tolerance ||
      box.top < canvas.top - tolerance ||
      box.right > canvas.right + tolerance ||
      box.bottom > canvas.bottom + tolerance
    ) {
      problems.push(`outside the slide: ${describe(element)}`);
    }
    if (element instanceof HTMLElement && element.scrollHeight > element.clientHeight + tolerance && getComputedStyle(element).overflowY !== 'visible') {
      problems.push(`text clipped vertically: ${describe(element)}`);
    }
    if (element instanceof HTMLElement && element.scrollWidth > element.clientWidth + tolerance && getComputedStyle(element).overflowX !== 'visible') {
      problems.push(`text clipped horizontally: ${describe(element)}`);
    }
  }
  return problems;
}
