import type { MeasuredSlide } from './measured.ts';

/** What the PowerPoint file could not make native, slide by slide, for the export to print. */
export function notNative(slides: readonly MeasuredSlide[]): string[] {
  return slides.flatMap((slide, index) => {
    const where = `slide ${index + 1} "${slide.id}"`;
    const pictures = slide.items.filter((item) => item.kind === 'picture' && item.svg !== null).length;
    return [
      ...(slide.title === '' ? [`${where}: has no h1 or h2 heading, so its title placeholder is empty; give the slide a title.`] : []),
      ...(pictures > 0
        ? [
            `${where}: ${pictures === 1 ? 'its visual is an SVG picture' : `${pictures} visuals are SVG pictures`} (PNG fallback, alt text), not editable shapes.`,
          ]
        : []),
      ...slide.unknown.map(
        (element) =>
          `${where}: <${element}> is not known to the PowerPoint export; it is a picture (its text in the alt text), not editable. Teach src/export/pptx/page/ about it.`,
      ),
    ];
  });
}
