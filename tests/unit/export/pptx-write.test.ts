/**
 * The Node half of the PowerPoint export on a recorded measurement (tests/fixtures/measured-example-deck.json:
 * what the page script measured in examples/minimal's print view): no browser, in milliseconds.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { deckMeta as exampleMeta } from '../../../examples/minimal/meta.ts';
import * as libraries from '../../../src/export/pptx/libraries.ts';
import { cellMargins } from '../../../src/export/pptx/build-presentation.ts';
import { PX_PER_INCH } from '../../../src/export/pptx/geometry.ts';
import type { Box, Cell, MeasuredSlide } from '../../../src/export/pptx/measured.ts';
import { writePptx } from '../../../src/export/pptx/write-pptx.ts';
import { attributeProblems, presentationOrderProblems } from '../../e2e/ooxml-types.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/measured-example-deck.json');
const slides = JSON.parse(await readFile(FIXTURE, 'utf8')) as MeasuredSlide[];

async function written(measured: readonly MeasuredSlide[]): Promise<{ zip: JSZip; asked: (readonly Box[])[] }> {
  const asked: (readonly Box[])[] = [];
  const bytes = await writePptx(libraries, measured, exampleMeta, (boxes) => {
    asked.push(boxes);
    return Promise.resolve(boxes.map(() => new Uint8Array([137, 80, 78, 71])));
  });
  return { zip: await JSZip.loadAsync(bytes), asked };
}

const text = async (zip: JSZip, path: string): Promise<string> => (await zip.file(path)?.async('string')) ?? '';

describe('writePptx', () => {
  it('writes one slide per measured slide, each title in its placeholder, notes in each notes part', async () => {
    const { zip, asked } = await written(slides);
    expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(slides.length);
    for (const [index, slide] of slides.entries()) {
      const xml = await text(zip, `ppt/slides/slide${index + 1}.xml`);
      expect(xml).toMatch(/<p:ph [^>]*type="title"/);
      for (const word of slide.title.split(' ')) expect(xml).toContain(word.replace(/&/g, '&amp;').replace(/'/g, '&apos;'));
      const notes = await text(zip, `ppt/notesSlides/notesSlide${index + 1}.xml`);
      const opening = (slide.notes[0] ?? '').split(' ').slice(0, 3).join(' ');
      expect(opening, `slide ${index + 1} has notes`).not.toBe('');
      expect(notes).toContain(opening);
    }
    // Every figure of the example is native: no picture is asked of the page.
    expect(asked).toEqual([[]]);
  });

  it('takes the theme’s fonts and the master’s title box from the measured slides', async () => {
    const { zip } = await written(slides);
    const fonts = [...(await text(zip, 'ppt/theme/theme1.xml')).matchAll(/<a:latin typeface="([^"]+)"/g)].map((match) => match[1]);
    const heading = slides[1]?.items.find((item) => item.kind === 'title');
    const headingFont = heading?.kind === 'title' ? heading.paragraphs[0]?.runs[0]?.style.font : undefined;
    expect(fonts.slice(0, 2)).toEqual([headingFont, 'Source Sans 3']);
    // Where the heading is (6,350 EMU to the canvas pixel).
    const layout = await text(zip, 'ppt/slideLayouts/slideLayout2.xml');
    const y = Number(/<p:ph [^>]*type="title"[\s\S]*?<a:off x="\d+" y="(\d+)"/.exec(layout)?.[1]);
    expect(y / 6350).toBeCloseTo(heading?.box.y ?? Number.NaN, 0);
  });

  it('writes valid attribute values and the presentation part in the schema’s order', async () => {
    const { zip } = await written(slides);
    const parts = Object.keys(zip.files).filter((name) => name.endsWith('.xml'));
    const problems = await Promise.all(parts.map(async (name) => attributeProblems(await text(zip, name), name)));
    expect(problems.flat()).toEqual([]);
    expect(presentationOrderProblems(await text(zip, 'ppt/presentation.xml'))).toEqual([]);
  });

  it('asks the page once for the pictures of the figures it cannot draw, and puts each PNG in its slide', async () => {
    const pageBox = { x: 10, y: 20, w: 300, h: 200 };
    const withPicture = slides.map((slide, index) =>
      index === 0 ? { ...slide, items: [...slide.items, { kind: 'picture' as const, box: pageBox, pageBox, svg: null, alt: 'A chart' }] } : slide,
    );
    const { zip, asked } = await written(withPicture);
    expect(asked).toEqual([[pageBox]]);
    expect(zip.file(/^ppt\/media\/.*\.png$/)).toHaveLength(1);
    expect(await text(zip, 'ppt/slides/slide1.xml')).toContain('descr="A chart"');
  });
});

describe('cellMargins', () => {
  const cell = (valign: Cell['valign'], paddingPx: Cell['paddingPx']): Cell => ({
    paragraphs: [],
    fill: null,
    valign,
    paddingPx,
    borderBottom: null,
    borderTop: null,
    frame: null,
  });
  const inPx = (margins: number[]): number[] => margins.map((inches) => Math.round(inches * PX_PER_INCH));

  it('leaves a cell centred down its row only the uneven part of its top and bottom padding (the row’s height holds the rest)', () => {
    expect(inPx(cellMargins(cell('middle', [14, 20, 14, 20])))).toEqual([0, 20, 0, 20]);
    expect(inPx(cellMargins(cell('middle', [0, 20, 14, 20])))).toEqual([0, 20, 14, 20]);
    expect(inPx(cellMargins(cell('middle', [18, 20, 10, 20])))).toEqual([8, 20, 0, 20]);
  });

  it('keeps the whole padding of a cell set at the top or bottom of its row', () => {
    expect(inPx(cellMargins(cell('top', [14, 20, 14, 20])))).toEqual([14, 20, 14, 20]);
    expect(inPx(cellMargins(cell('bottom', [6, 0, 10, 4])))).toEqual([6, 0, 10, 4]);
  });
});
