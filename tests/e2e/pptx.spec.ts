/**
 * The PowerPoint export, read back: the file is unzipped and its XML checked slide by slide
 * (titles in title placeholders, every visible string as text, bullets, notes, links, visuals as
 * groups of native shapes with alt text, document properties), and LibreOffice Impress, a real
 * client, opens it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import type { PDFDocumentProxy } from 'unpdf/pdfjs';
import { deckLabels } from '../../slides/labels.ts';
import { deckMeta } from '../../slides/meta.ts';
import { MEASURE_FUNCTION, MEASURED_SELECTORS, PARTS } from '../../src/constants.ts';
import type { MeasuredSlide } from '../../src/export/pptx/measured.ts';
import { measuringExpression, pageScript } from '../../src/export/pptx/page-script.ts';
import { notNative } from '../../src/export/pptx/report.ts';
import { CUE, noteParagraphs } from '../../src/notes.ts';
import { deckSlides } from './deck.ts';
import { libreOfficeProfile, profileOption } from './libreoffice-profile.ts';
import { schemaProblems } from './ooxml-schemas.ts';
import { PROJECT_DIR } from './project-copy.ts';
import { sharedExport } from './shared-export.ts';
import { installDeckFonts } from './woff-fonts.ts';

const run = promisify(execFile);
const slides = await deckSlides();
const PPTX = `${deckMeta.slug}.pptx`;
/** The slide's size in EMU (13.333 × 7.5 in). */
const SLIDE_EMU = { width: 12192000, height: 6858000 };

/** Whitespace folded (tabs, em spaces and line breaks included), as text is compared here. */
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

const decode = (xml: string): string =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph in an XML part (line breaks inside a paragraph read as spaces). */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map((match) => {
    const body = (match[1] ?? '').replace(/<a:br\/>/g, '<a:t> </a:t>');
    return { xml: body, text: normalise(decode([...body.matchAll(/<a:t>(.*?)<\/a:t>/gs)].map((text) => text[1] ?? '').join(''))) };
  });
}

async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is missing from the PPTX`);
  return file.async('string');
}

interface DeckText {
  /** The slide's text outside its SVG visuals (what should be PowerPoint text). */
  readonly outside: string;
  /** The text inside its SVG visuals (drawn as groups in the PPTX). */
  readonly insideVisuals: string;
  /** The heading's top left corner, in canvas pixels from the slide's. */
  readonly heading: { readonly x: number; readonly y: number };
  /** Every run of text the slide shows (the deck's own measurement), the source line aside. */
  readonly shown: readonly string[];
  /** Half-filled status marks ("partly supported"). */
  readonly halfMarks: number;
  /**
   * Where the title, the status line's parts, each table row's first cell, a table's foot and the
   * source line start: their first line's middle, in canvas pixels.
   */
  readonly anchors: readonly Anchor[];
  /** The heading's lines as the deck breaks them (balanced). */
  readonly titleLines: readonly string[];
}

interface Anchor {
  readonly role: 'title' | 'status line' | 'table row' | 'table foot' | 'source line';
  readonly text: string;
  /** Its first word, as drawn. */
  readonly lead: string;
  readonly x: number;
  readonly y: number;
  readonly sizePx: number;
}

/** The PowerPoint export's measuring (its page script), run on a test's own page whose slides are `section.slide`. */
async function measureOddPage(page: Page): Promise<MeasuredSlide[]> {
  const measured: unknown = await page.evaluate(measuringExpression(await pageScript(PROJECT_DIR), { ...MEASURED_SELECTORS, slide: 'section.slide' }));
  return JSON.parse(String(measured)) as MeasuredSlide[];
}

let zip: JSZip;
let outDir: string;
let stdout: string;
let deckText: DeckText[];

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  // The run's one full export (tests/e2e/global-setup.ts).
  ({ outDir, stdout } = await sharedExport());
  zip = await JSZip.loadAsync(await readFile(join(outDir, PPTX)));
  // Which of each slide's strings the deck draws inside an SVG visual: those are in the visual's group.
  const page = await browser.newPage();
  await page.goto('/?print-pdf');
  await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  const shown = await page.evaluate(
    (name) => (window as unknown as Record<string, () => { texts: { role: string; text: string }[] }[]>)[name]?.() ?? [],
    MEASURE_FUNCTION,
  );
  deckText = await page.locator('.reveal .slides section.slide').evaluateAll(
    (sections, tableFoot) =>
      sections.map((section) => {
        const copy = section.cloneNode(true) as Element;
        copy.querySelectorAll('svg.visual, aside.notes').forEach((element) => {
          element.remove();
        });
        const inside = [...section.querySelectorAll('svg.visual')].map((svg) => svg.textContent ?? '').join(' ');
        const slideBox = section.getBoundingClientRect();
        const headingBox = section.querySelector('h1, h2')?.getBoundingClientRect() ?? slideBox;
        // The first character's box: where its line starts, whatever the box around it.
        const anchor = (role: Anchor['role'], element: Element): Anchor[] => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, { acceptNode: (node) => ((node.textContent ?? '').trim() ? 1 : 2) });
          const first = walker.nextNode();
          if (!first || !(element instanceof HTMLElement)) return [];
          const range = document.createRange();
          const offset = (first.textContent ?? '').search(/\S/);
          range.setStart(first, offset);
          range.setEnd(first, offset + 1);
          const box = range.getBoundingClientRect();
          // As drawn: uppercase where the deck's CSS makes it so, as the PowerPoint writes it.
          const shownText = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
          const text = getComputedStyle(element).textTransform === 'uppercase' ? shownText.toUpperCase() : shownText;
          const sizePx = Number.parseFloat(getComputedStyle(first.parentElement ?? element).fontSize);
          // Its first word as drawn (a legend's words are spans of their own, each in capitals).
          const word = (first.textContent ?? '').trim().split(/\s+/)[0] ?? '';
          const lead = getComputedStyle(first.parentElement ?? element).textTransform === 'uppercase' ? word.toUpperCase() : word;
          return [{ role, text, lead, x: box.left - slideBox.left, y: box.top + box.height / 2 - slideBox.top, sizePx }];
        };
        const anchors = [
          ...[...section.querySelectorAll('h1, h2')].slice(0, 1).flatMap((heading) => anchor('title', heading)),
          ...[...section.querySelectorAll('.finding .status-label, .finding-text')].flatMap((part) => anchor('status line', part)),
          ...[...section.querySelectorAll('table tbody tr > :first-child')].flatMap((cell) => anchor('table row', cell)),
          ...[...section.querySelectorAll(tableFoot)].flatMap((foot) => anchor('table foot', foot)),
          ...[...section.querySelectorAll('.source-line')].flatMap((line) => anchor('source line', line)),
        ];
        // The heading's words by line: a word whose first letter sits lower than the one before starts a line.
        const titleLines: string[] = [];
        const heading = section.querySelector('h1, h2');
        let lastTop = Number.NEGATIVE_INFINITY;
        const walker = heading ? document.createTreeWalker(heading, NodeFilter.SHOW_TEXT) : null;
        for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
          for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + 1);
            const top = range.getBoundingClientRect().top;
            if (top > lastTop + 1) titleLines.push(word[0]);
            else titleLines[titleLines.length - 1] += ` ${word[0]}`;
            lastTop = top;
          }
        }
        return {
          titleLines,
          anchors,
          outside: (copy.textContent ?? '').replace(/\s+/g, ' '),
          insideVisuals: inside.replace(/\s+/g, ' '),
          heading: { x: headingBox.left - slideBox.left, y: headingBox.top - slideBox.top },
          shown: [],
          halfMarks: [...section.querySelectorAll('.status-mark')].filter((mark) => getComputedStyle(mark).backgroundImage.startsWith('linear-gradient'))
            .length,
        };
      }),
    PARTS.tableFoot.selector,
  );
  deckText = deckText.map((text, index) => ({ ...text, shown: (shown[index]?.texts ?? []).filter((run) => run.role !== 'reference').map((run) => run.text) }));
  await page.close();
});

test('writes one slide per deck slide, 16:9, with nothing it had to leave as a picture', async () => {
  expect(stdout).toMatch(new RegExp(`${PPTX}\\s+${slides.length} slides, 3 font faces embedded\\s+\\d+ KB`));
  const presentation = await part(zip, 'ppt/presentation.xml');
  expect(presentation).toContain(`<p:sldSz cx="${SLIDE_EMU.width}" cy="${SLIDE_EMU.height}"`);
  expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(slides.length);
  expect(stdout).toContain('pptx: writing');
  expect(stdout).not.toMatch(/pptx: slide \d+/); // what is not native is reported slide by slide
});

test('is valid where pptxgenjs writes otherwise (what makes PowerPoint offer a repair)', async () => {
  const names = new Set(Object.keys(zip.files).filter((name) => !zip.files[name]?.dir));
  // [Content_Types].xml names only parts the file has (pptxgenjs lists a slide master per slide).
  const overrides = [...(await part(zip, '[Content_Types].xml')).matchAll(/PartName="\/([^"]+)"/g)].map((match) => match[1] ?? '');
  expect(overrides.filter((name) => !names.has(name))).toEqual([]);
  for (const name of [...names].filter((candidate) => /^ppt\/(slides|notesSlides|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml$/.test(candidate))) {
    const xml = await part(zip, name);
    // A paragraph's properties once, before its runs.
    const late = [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)].filter((match) => /<a:r>.*<a:pPr/s.test(match[1] ?? ''));
    expect(late.length, `${name}: paragraphs with properties after a run`).toBe(0);
    const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((match) => match[1]);
    expect(ids.length - new Set(ids).size, `${name}: shape ids used twice`).toBe(0);
    expect(xml, `${name}: an empty line element`).not.toMatch(/<a:ln\/>|<a:ln><\/a:ln>/);
    for (const background of xml.matchAll(/<p:bgPr>(.*?)<\/p:bgPr>/gs))
      expect(background[1], `${name}: background without effects`).toMatch(/<a:effect(Lst|Dag)/);
  }
  // Every value of its type and every part's order: the schema test below.
});

test('every XML part is valid against the ECMA-376 schemas (xmllint)', async () => {
  expect(await schemaProblems(zip)).toEqual([]);
});

test('each title is in its slide title placeholder, where the deck has its heading', async () => {
  for (const [index, slide] of slides.entries()) {
    const xml = await part(zip, `ppt/slides/slide${index + 1}.xml`);
    const shape = [...xml.matchAll(/<p:sp>(.*?)<\/p:sp>/gs)].map((match) => match[1] ?? '').find((body) => /<p:ph\s[^>]*type="title"/.test(body));
    expect(shape, `slide ${index + 1} has a title placeholder`).toBeDefined();
    expect(
      paragraphs(shape ?? '')
        .map((paragraph) => paragraph.text)
        .join(' '),
    ).toBe(normalise(slide.title));
    // Not where the master's placeholder is (pptxgenjs's choice): the title slide's heading sits lower, below its kicker.
    const [, x = '0', y = '0'] = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(shape ?? '') ?? [];
    const heading = deckText[index]?.heading ?? { x: -1, y: -1 };
    const emuPerPx = SLIDE_EMU.height / 1080;
    expect(Math.abs(Number(x) / emuPerPx - heading.x), `slide ${index + 1}: title across`).toBeLessThan(2);
    expect(Math.abs(Number(y) / emuPerPx - heading.y), `slide ${index + 1}: title down`).toBeLessThan(2);
  }
});

/** The groups in a slide's XML (visuals drawn as native parts), with their alt text and what they hold. */
function groupsOf(xml: string): { descr: string; body: string }[] {
  return [...xml.matchAll(/<p:grpSp>(.*?)<\/p:grpSp>/gs)].map((match) => ({
    descr: decode(/descr="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? ''),
    body: match[1] ?? '',
  }));
}

test('each title breaks into lines where the deck breaks it (a line break, not left to the reader’s wrapping)', async () => {
  const broken = deckText.filter((text) => text.titleLines.length > 1);
  expect(broken.length).toBeGreaterThan(3);
  for (const [index, text] of deckText.entries()) {
    const xml = await part(zip, `ppt/slides/slide${index + 1}.xml`);
    const title = [...xml.matchAll(/<p:sp>(.*?)<\/p:sp>/gs)].map((match) => match[1] ?? '').find((body) => /<p:ph\s[^>]*type="title"/.test(body)) ?? '';
    const lines = decode([...title.matchAll(/<a:t>([^<]*)<\/a:t>|<a:br\/>/g)].map((match) => match[1] ?? '\n').join(''))
      .split('\n')
      .map(normalise);
    expect(lines, `slide ${index + 1}`).toEqual(text.titleLines);
  }
});

test('every visible string of a slide is text in the PPTX, a visual’s labels inside its group', async () => {
  // Case aside: a kicker or column label shows its text in capitals (CSS text-transform), and so does the PPTX.
  const folded = (text: string): string => normalise(text).toLowerCase();
  for (const [index, slide] of slides.entries()) {
    const xml = await part(zip, `ppt/slides/slide${index + 1}.xml`);
    const texts = paragraphs(xml).map((paragraph) => folded(paragraph.text));
    const inGroups = groupsOf(xml).flatMap((group) => paragraphs(group.body).map((paragraph) => folded(paragraph.text)));
    const page = deckText[index] ?? { outside: '', insideVisuals: '', shown: [] };
    const strings = page.shown.map(folded).filter((string) => string !== '');
    for (const string of strings) {
      if (folded(page.outside).includes(string)) {
        expect(
          texts.some((text) => text.includes(string)),
          `slide ${index + 1} "${slide.id}": "${string}" as text`,
        ).toBe(true);
      } else {
        expect(folded(page.insideVisuals), `slide ${index + 1} "${slide.id}": "${string}" is in a visual`).toContain(string);
        expect(
          inGroups.some((text) => text.includes(string)),
          `slide ${index + 1} "${slide.id}": "${string}" as text in the visual's group`,
        ).toBe(true);
      }
    }
  }
});

test('text boxes shrink their text rather than spill over when a substitute font is wider', async () => {
  for (const index of slides.keys()) {
    const xml = await part(zip, `ppt/slides/slide${index + 1}.xml`);
    const textBodies = [...xml.matchAll(/<p:txBody>\s*<a:bodyPr[^>]*>(.*?)<\/a:bodyPr>/gs)].map((match) => match[1] ?? '');
    expect(textBodies.length, `slide ${index + 1}`).toBeGreaterThan(0);
    for (const body of textBodies) expect(body, `slide ${index + 1}`).toContain('<a:normAutofit/>');
  }
});

test('lists are paragraphs with bullets or numbers', async () => {
  for (const [index, slide] of slides.entries()) {
    const expected =
      slide.layout === 'points'
        ? slide.points.map((point) => ({ text: point, bullet: '<a:buChar' }))
        : slide.layout === 'conclusion'
          ? [
              ...slide.takeaways.map((text) => ({ text, bullet: '<a:buAutoNum' })),
              ...slide.watch.map((item) => ({ text: item.indicator, bullet: '<a:buChar' })),
            ]
          : [];
    const found = paragraphs(await part(zip, `ppt/slides/slide${index + 1}.xml`));
    for (const { text, bullet } of expected) {
      const paragraph = found.find((candidate) => candidate.text.includes(normalise(text)));
      expect(paragraph?.xml, `slide ${index + 1}: "${text}" is a list paragraph`).toContain(bullet);
    }
    // The agenda's rows of columns: its numbers as the deck shows them ("01"), then label and detail, each where the deck has it.
    if (slide.layout === 'agenda') {
      const texts = found.map((paragraph) => paragraph.text);
      slide.items.forEach((item, position) => {
        const number = String(position + 1).padStart(2, '0');
        expect(texts.indexOf(number), `slide ${index + 1}: ${number}`).toBeGreaterThanOrEqual(0);
        expect(texts.slice(texts.indexOf(number), texts.indexOf(number) + 3)).toEqual([number, normalise(item.label), normalise(item.detail)]);
      });
      expect(found.filter((paragraph) => paragraph.xml.includes('<a:buAutoNum'))).toEqual([]);
    }
  }
});

test('each sources slide is one numbered list in two columns, as in the deck, every item with its number', async () => {
  let before = 0;
  for (const [index, slide] of slides.entries()) {
    if (slide.layout !== 'sources') continue;
    // The number each paragraph shows: a box's numbering starts at its first paragraph's startAt (or 1) and counts on.
    const lists = [...(await part(zip, `ppt/slides/slide${index + 1}.xml`)).matchAll(/<p:sp>(.*?)<\/p:sp>/gs)]
      .map((shape) => ({ xml: shape[1] ?? '', numbered: paragraphs(shape[1] ?? '').filter((paragraph) => paragraph.xml.includes('<a:buAutoNum')) }))
      .filter((shape) => shape.numbered.length > 0);
    expect(lists, `slide ${index + 1}: one list`).toHaveLength(1);
    const [list] = lists;
    expect(list?.xml).toMatch(/<a:bodyPr [^>]*numCol="2"/);
    const start = Number(/startAt="(\d+)"/.exec(list?.numbered[0]?.xml ?? '')?.[1] ?? 1);
    const shown = (list?.numbered ?? []).map((paragraph, place) => ({ text: paragraph.text, number: start + place }));
    slide.sources.forEach((source, position) => {
      const paragraph = shown.find((candidate) => candidate.text.includes(normalise(source.title)));
      expect(paragraph?.number, `source ${before + position + 1}, ${source.outlet}`).toBe(before + position + 1);
    });
    before += slide.sources.length;
  }
});

test('each visual is one group of native shapes and text, with its alt text; no slide is a picture', async () => {
  for (const [index, slide] of slides.entries()) {
    const path = `ppt/slides/slide${index + 1}.xml`;
    const xml = await part(zip, path);
    expect(paragraphs(xml).filter((paragraph) => paragraph.text !== '').length, `${path} has text`).toBeGreaterThan(2);
    expect(xml, `${path} has no pictures: every visual is drawn`).not.toContain('<p:pic>');
    const groups = groupsOf(xml);
    const visuals = (deckText[index]?.insideVisuals ?? '').trim() === '' ? 0 : 1;
    expect(groups, `slide ${index + 1} "${slide.id}": one group per visual`).toHaveLength(visuals);
    for (const group of groups) {
      expect(group.descr.length, `${path}: the group's alt text`).toBeGreaterThan(20);
      const shapes = group.body.match(/<a:(?:custGeom|prstGeom prst="(?:rect|roundRect|ellipse)")/g) ?? [];
      expect(shapes.length, `${path}: the visual's lines and shapes are native`).toBeGreaterThan(5);
    }
  }
  // The drawn visuals keep their lines' kinds: the synthesis diagram's curves end in arrowheads, its inferred links are dashed.
  const synthesis = groupsOf(await part(zip, `ppt/slides/slide${slides.findIndex((slide) => slide.layout === 'synthesis') + 1}.xml`))[0]?.body ?? '';
  expect(synthesis).toContain('<a:cubicBezTo>');
  expect(synthesis).toContain('<a:tailEnd type="triangle"/>');
  expect(synthesis).toMatch(/<a:prstDash val="dash"\/>/);
});

test('SVG path data and shapes are drawn where the page draws them: curves, reflections, scale', async ({ page }) => {
  // Twice the viewBox's size, at the page's top left: canvas pixels are twice the SVG's units.
  await page.setContent(`<style>body { margin: 0 }</style><section class="slide" id="odd">
    <svg class="visual" viewBox="0 0 100 50" width="200" height="100"><title>Shapes</title>
      <path d="M10,10 q10,-10 20,0 s10,10 20,0" fill="none" stroke="#036"/>
      <rect x="60" y="30" width="40" height="10" rx="8" fill="#abc"/>
      <path d="M0,50 a10,10 0 0 1 20,0" fill="none" stroke="#036"/></svg></section>`);
  const [slide] = await measureOddPage(page);
  const drawing = slide?.items.find((item) => item.kind === 'drawing');
  if (drawing?.kind !== 'drawing') throw new Error('the SVG was not drawn');
  const [path, rect, arc] = drawing.items;
  // q → cubic with control points two thirds of the way to the quadratic's; s after q reflects nothing: its first control point is the current point.
  expect(path).toMatchObject({
    kind: 'path',
    points: [
      { type: 'move', x: 20, y: 20 },
      { type: 'cubic', x1: 33.33, y1: 6.67, x2: 46.67, y2: 6.67, x: 60, y: 20 },
      { type: 'cubic', x1: 60, y1: 20, x2: 80, y2: 40, x: 100, y: 20 },
    ],
    fill: null,
    line: { color: 'rgb(0, 51, 102)', dashed: false },
  });
  // rx 8 is more than half the height (10): the corner is clamped to 5 units, 10 pixels.
  expect(rect).toMatchObject({ kind: 'shape', geometry: 'roundRect', radiusPx: 10, box: { x: 120, y: 60, w: 80, h: 20 } });
  // An arc is drawn as cubics (svg-pathdata's conversion), natively: from (0, 100) over the top to (40, 100).
  expect(arc).toMatchObject({ kind: 'path', points: [{ type: 'move', x: 0, y: 100 }, { type: 'cubic' }, { type: 'cubic', x: 40, y: 100 }] });
});

test('malformed path data (numbers after Z) makes the figure a picture instead of hanging the measuring', async ({ page }) => {
  await page.setContent(
    `<section class="slide" id="odd"><svg class="visual" viewBox="0 0 10 10"><title>Odd</title><path d="M0,0 L10,10 Z 5 5"/></svg></section>`,
  );
  const [slide] = await measureOddPage(page);
  expect(slide?.items.map((item) => item.kind)).toEqual(['picture']);
});

test('an SVG that cannot be drawn natively (here, a gradient) is measured as a picture: its SVG, its place, its alt text', async ({ page }) => {
  await page.setContent(`<main><section class="slide" id="odd"><h2>Odd</h2>
    <svg class="visual" viewBox="0 0 100 50" width="400" height="200"><title>A shaded bar</title><desc>Shaded from left to right</desc>
      <defs><linearGradient id="shade"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#036"/></linearGradient></defs>
      <rect x="0" y="0" width="100" height="50" fill="url(#shade)"/></svg></section></main>`);
  const measured = await measureOddPage(page);
  const picture = measured[0]?.items.find((item) => item.kind === 'picture');
  expect(picture).toMatchObject({ kind: 'picture', box: { w: 400, h: 200 }, alt: 'A shaded bar. Shaded from left to right' });
  expect(picture?.kind === 'picture' ? picture.svg : '').toContain('linearGradient');
  expect(measured[0]?.items.some((item) => item.kind === 'drawing')).toBe(false);
  expect(notNative(measured)).toEqual(['slide 1 "odd": its visual is an SVG picture (PNG fallback, alt text), not editable shapes.']);
});

test('speaker notes are in each notes pane, paragraph by paragraph, click cues kept', async () => {
  for (const [index, slide] of slides.entries()) {
    const xml = await part(zip, `ppt/notesSlides/notesSlide${index + 1}.xml`);
    const body = /<p:ph type="body" idx="1"\/>.*?<p:txBody>(.*?)<\/p:txBody>/s.exec(xml)?.[1] ?? '';
    const expected = noteParagraphs(slide.notes).map((paragraph) => (paragraph.click ? `${CUE} ${paragraph.text}` : paragraph.text));
    expect(paragraphs(body).map((paragraph) => paragraph.text)).toEqual(expected.map(normalise));
    // Bold, as the deck shows it.
    if (expected.some((text) => text.startsWith(CUE))) expect(body).toContain(`b="1" lang="${deckMeta.language}"/><a:t>${CUE}</a:t>`);
  }
});

test('each table marks its header row, as the deck’s tables have one', async () => {
  const tables = (await Promise.all(slides.map((_, index) => part(zip, `ppt/slides/slide${index + 1}.xml`)))).flatMap(
    (xml) => xml.match(/<a:tblPr[^>]*>/g) ?? [],
  );
  expect(tables.length).toBeGreaterThan(0);
  for (const properties of tables) expect(properties).toContain('firstRow="1"');
});

test('a half-filled status mark is drawn half filled (a pie over its ring, or ◐ in a table), not as a hollow ring', async () => {
  const total = deckText.reduce((sum, text) => sum + text.halfMarks, 0);
  expect(total).toBeGreaterThan(0);
  for (const [index, text] of deckText.entries()) {
    const xml = await part(zip, `ppt/slides/slide${index + 1}.xml`);
    const pies = [...xml.matchAll(/<a:prstGeom prst="pie"><a:avLst><a:gd name="adj1" fmla="val (\d+)"\/><a:gd name="adj2" fmla="val (\d+)"\/>/g)];
    // The deck fills the left half (a gradient towards the right): from six o'clock to twelve, clockwise; ◐ is "left half black".
    for (const pie of pies) expect([pie[1], pie[2]], `slide ${index + 1}`).toEqual(['5400000', '16200000']);
    const inTables = [...xml.matchAll(/<a:tbl>.*?<\/a:tbl>/gs)].map((table) => table[0].split('<a:t>\u25D0</a:t>').length - 1);
    expect(pies.length + inTables.reduce((sum, count) => sum + count, 0), `slide ${index + 1}`).toBe(text.halfMarks);
  }
});

test('a comparison’s cells keep their frames: dashed round an item one side does not list, solid round the other side’s', async () => {
  const index = slides.findIndex((slide) => slide.layout === 'evidence' && slide.figure?.kind === 'compare');
  const xml = await part(zip, `ppt/slides/slide${index + 1}.xml`);
  const cells = [...xml.matchAll(/<a:tc>(.*?)<\/a:tc>/gs)].map((cell) => ({
    text: paragraphs(cell[1] ?? '')
      .map((paragraph) => paragraph.text)
      .join(' '),
    sides: [...(cell[1] ?? '').matchAll(/<a:ln([LRTB]) w="\d+"[^>]*>(.*?)<\/a:ln\1>/gs)].map((side) =>
      side[2]?.includes('<a:prstDash val="solid"/>') ? 'solid' : /<a:prstDash val="(sys)?[dD]ash"\/>/.test(side[2] ?? '') ? 'dashed' : 'other',
    ),
  }));
  const missing = cells.filter((cell) => cell.text === deckLabels.compare.missing);
  expect(missing.length).toBeGreaterThan(0);
  for (const cell of missing) expect(cell.sides).toEqual(['dashed', 'dashed', 'dashed', 'dashed']);
  // The right-hand side's listed items: framed all round, solid.
  expect(cells.filter((cell) => cell.sides.length === 4 && cell.sides.every((side) => side === 'solid')).length).toBeGreaterThan(0);
});

test('the grid’s legend is the table’s last row, across its columns, marks as characters: it moves down with the rows', async () => {
  const index = slides.findIndex((slide) => slide.layout === 'scorecard');
  const xml = await part(zip, `ppt/slides/slide${index + 1}.xml`);
  const rows = [...xml.matchAll(/<a:tr\b.*?<\/a:tr>/gs)].map((row) => row[0]);
  const last = rows[rows.length - 1] ?? '';
  const columns = (xml.match(/<a:gridCol /g) ?? []).length;
  expect(last).toContain(`<a:tc gridSpan="${columns}">`);
  const text = decode([...last.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''));
  for (const [status, word] of Object.entries(deckLabels.statuses)) expect(text, status).toContain(word.toUpperCase());
  expect(text).toMatch(/^\u25CF/);
  // The legend is nowhere else on the slide (no text box of it left below the table).
  const label = deckLabels.statuses.reported.toUpperCase();
  expect(xml.split(`<a:t>${label}</a:t>`).length).toBe(last.split(`<a:t>${label}</a:t>`).length);
});

test('in a table, each status mark is a character in its own row’s cell, beside its word: it moves with its row', async () => {
  const index = slides.findIndex((slide) => slide.layout === 'scorecard');
  const xml = await part(zip, `ppt/slides/slide${index + 1}.xml`);
  const cells = [...xml.matchAll(/<a:tc>(.*?)<\/a:tc>/gs)].map((cell) =>
    decode([...(cell[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')),
  );
  const marks: Record<string, string> = { 'PARTLY SUPPORTED': '\u25D0', 'ARTICLE ONLY': '\u25CB', REPORTED: '\u25CF', 'RECORD DIFFERS': '\u25C7' };
  const statusCells = cells.filter((cell) => Object.keys(marks).some((label) => cell.endsWith(label)));
  expect(statusCells).toHaveLength(slides.filter((slide) => slide.layout === 'evidence').length);
  for (const cell of statusCells) {
    const label = Object.keys(marks).find((candidate) => cell.endsWith(candidate)) ?? '';
    expect(cell, label).toBe(`${marks[label]}\u2009${label}`);
  }
  // No shape of a status mark is left over the table, where a taller row would leave it behind.
  const table = /<p:graphicFrame>.*?<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/s.exec(xml);
  const [left, top, width, height] = (table?.slice(1) ?? []).map(Number);
  const shapesOver = [...xml.matchAll(/<p:sp>.*?<a:off x="(\d+)" y="(\d+)"\/>.*?<\/p:sp>/gs)].filter((shape) => {
    const [x, y] = [Number(shape[1]), Number(shape[2])];
    return x > (left ?? 0) && x < (left ?? 0) + (width ?? 0) && y > (top ?? 0) && y < (top ?? 0) + (height ?? 0);
  });
  expect(shapesOver).toEqual([]);
});

test('every run of slides and notes is in the deck’s language', async () => {
  for (const name of Object.keys(zip.files).filter((candidate) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(candidate))) {
    const languages = new Set([...(await part(zip, name)).matchAll(/ lang="([^"]+)"/g)].map((match) => match[1]));
    expect([...languages], name).toEqual([deckMeta.language]);
  }
});

test('the sources slide links each source to its URL', async () => {
  const index = slides.findIndex((slide) => slide.layout === 'sources');
  const slide = slides[index];
  if (slide?.layout !== 'sources') throw new Error('the deck has no sources slide');
  const rels = await part(zip, `ppt/slides/_rels/slide${index + 1}.xml.rels`);
  const xml = await part(zip, `ppt/slides/slide${index + 1}.xml`);
  const links = [
    ...rels.matchAll(/Id="(rId\d+)"[^>]*Type="[^"]*\/hyperlink"[^>]*Target="([^"]+)"|Id="(rId\d+)"[^>]*Target="([^"]+)"[^>]*Type="[^"]*\/hyperlink"/g),
  ].map((match) => ({ id: match[1] ?? match[3] ?? '', url: decode(match[2] ?? match[4] ?? '') }));
  for (const source of slide.sources) {
    const link = links.find((candidate) => candidate.url === source.url);
    expect(link, `a link to ${source.url}`).toBeDefined();
    expect(xml).toContain(`<a:hlinkClick r:id="${link?.id}"`);
  }
});

test('it carries the deck’s fonts: each face the slides use, its Latin file from the build, as EOT, listed in the presentation', async () => {
  const presentation = await part(zip, 'ppt/presentation.xml');
  const relationships = await part(zip, 'ppt/_rels/presentation.xml.rels');
  const listed = [...presentation.matchAll(/<p:embeddedFont><p:font typeface="([^"]+)"[^>]*\/>(.*?)<\/p:embeddedFont>/g)].flatMap((font) =>
    [...(font[2] ?? '').matchAll(/<p:(\w+) r:id="([^"]+)"\/>/g)].map((face) => ({ typeface: font[1] ?? '', face: face[1] ?? '', id: face[2] ?? '' })),
  );
  // The deck's text: Source Sans 3 regular and semibold, Source Serif 4 semibold (written as bold).
  expect(listed.map((font) => `${font.typeface} ${font.face}`)).toEqual(['Source Sans 3 regular', 'Source Sans 3 bold', 'Source Serif 4 bold']);
  for (const font of listed) {
    const target = new RegExp(`<Relationship Id="${font.id}" Type="[^"]+/font" Target="([^"]+)"`).exec(relationships)?.[1] ?? '';
    const eot = Buffer.from((await zip.file(`ppt/${target}`)?.async('uint8array')) ?? new Uint8Array());
    // An EOT whose font (after the header) is the deck's own TrueType font of that family.
    expect([eot.readUInt32LE(0), eot.readUInt32LE(8), eot.readUInt16LE(34)]).toEqual([eot.length, 0x00020002, 0x504c]);
    const fontData = eot.subarray(eot.length - eot.readUInt32LE(4));
    expect(fontData.readUInt32BE(0), `${font.typeface} ${font.face}`).toBe(0x00010000);
    expect(eot.toString('utf16le', 84, 84 + eot.readUInt16LE(82))).toContain(font.typeface);
    expect(eot.readUInt32LE(28), 'its weight').toBe(font.face === 'bold' ? 600 : 400);
  }
});

test('document properties come from slides/meta.ts', async () => {
  const core = await part(zip, 'docProps/core.xml');
  expect(decode(/<dc:title>(.*?)<\/dc:title>/s.exec(core)?.[1] ?? '')).toBe(deckMeta.title);
  expect(decode(/<dc:creator>(.*?)<\/dc:creator>/s.exec(core)?.[1] ?? '')).toBe(deckMeta.author);
  expect(decode(/<dc:subject>(.*?)<\/dc:subject>/s.exec(core)?.[1] ?? '')).toBe(deckMeta.subject);
  expect(decode(/<cp:keywords>(.*?)<\/cp:keywords>/s.exec(core)?.[1] ?? '')).toBe(deckMeta.keywords.join(', '));
  // The extended properties name the fonts the text uses, each slide's title, and count the words.
  const app = await part(zip, 'docProps/app.xml');
  const names = [...app.matchAll(/<vt:lpstr>(.*?)<\/vt:lpstr>/g)].map((match) => decode(match[1] ?? ''));
  expect(names.slice(-slides.length)).toEqual(slides.map((slide) => normalise(slide.title)));
  expect(names).toEqual(expect.arrayContaining(['Source Sans 3', 'Source Serif 4']));
  expect(names).not.toContain('Calibri');
  expect(Number(/<Words>(\d+)<\/Words>/.exec(app)?.[1])).toBeGreaterThan(slides.length * 20);
});

/** LibreOffice's PDF filter, told to print each slide's notes page after the slides. */
const SLIDES_THEN_NOTES = 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}';

/** LibreOffice's user profile for this file's conversions (one at a time): made once, not per conversion. */
let sofficeProfile: Promise<string> | undefined;

/**
 * The PPTX as LibreOffice Impress prints it, with the system's fonts only or with the deck's fonts
 * installed too: one page per slide, then one notes page per slide.
 */
const impressPdfs = new Map<string, Promise<PDFDocumentProxy>>();
function impressPdf(fonts: 'system fonts' | 'deck fonts'): Promise<PDFDocumentProxy> {
  const made =
    impressPdfs.get(fonts) ??
    (async () => {
      const pdfDir = await mkdtemp(join(tmpdir(), 'deck-pptx-pdf-'));
      sofficeProfile ??= libreOfficeProfile();
      const profile = await sofficeProfile;
      const env =
        fonts === 'deck fonts'
          ? { ...process.env, FONTCONFIG_FILE: await installDeckFonts(process.cwd(), await mkdtemp(join(tmpdir(), 'deck-fonts-'))) }
          : process.env;
      await run('soffice', [profileOption(profile), '--headless', '--convert-to', SLIDES_THEN_NOTES, '--outdir', pdfDir, join(outDir, PPTX)], {
        timeout: 100_000,
        env,
      });
      expect(await readdir(pdfDir)).toEqual([`${deckMeta.slug}.pdf`]);
      return getDocumentProxy(new Uint8Array(await readFile(join(pdfDir, `${deckMeta.slug}.pdf`))), { verbosity: 0 });
    })();
  impressPdfs.set(fonts, made);
  return made;
}

test('the notes pages print on a 7.5 × 10 in page, every line of every notes text on it, at one size', async () => {
  test.setTimeout(120_000);
  const pdf = await impressPdf('system fonts');
  expect(pdf.numPages).toBe(2 * slides.length);
  const sizes = new Set<number>();
  for (const [index, slide] of slides.entries()) {
    // The notes pages follow the slides.
    const page = await pdf.getPage(slides.length + index + 1);
    const { width, height } = page.getViewport({ scale: 1 });
    expect([width, height]).toEqual([540, 720]);
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item] : []));
    // The notes are what lies below the slide's picture (its top half), the page number aside.
    const notes = items.filter((item) => (item.transform[5] ?? 0) < height / 2 && item.str.trim() !== String(index + 1));
    for (const item of notes) expect(item.transform[5] ?? 0, `page ${index + 1}: "${item.str}" runs off the page`).toBeGreaterThan(18);
    for (const item of notes) sizes.add(Math.round(item.height));
    const lastWords = normalise(slide.notes).split(' ').slice(-3).join(' ');
    expect(normalise(notes.map((item) => item.str).join(' ')).replace(/- /g, '-'), `page ${index + 1}`).toContain(lastWords);
  }
  // One size for every notes text (11 pt).
  expect([...sizes]).toEqual([11]);
});

/** Each text item of a page: its text, and where its first line's middle is, in canvas pixels. */
async function pageTexts(pdf: PDFDocumentProxy, number: number): Promise<{ text: string; x: number; y: number }[]> {
  const page = await pdf.getPage(number);
  const scale = 1920 / page.getViewport({ scale: 1 }).width;
  const height = page.getViewport({ scale: 1 }).height;
  const content = await page.getTextContent();
  return content.items.flatMap((item) =>
    'str' in item && item.str.trim() !== ''
      ? [{ text: normalise(item.str), x: (item.transform[4] ?? 0) * scale, y: (height - (item.transform[5] ?? 0) - item.height * 0.35) * scale }]
      : [],
  );
}

for (const fonts of ['deck fonts', 'system fonts'] as const) {
  const placed = fonts === 'deck fonts' ? 'title, status line, table row, table foot and source line' : 'title, status line and source line';
  test(`in LibreOffice with the ${fonts}, each ${placed} starts where the deck has it`, async () => {
    test.setTimeout(120_000);
    const pdf = await impressPdf(fonts);
    const misplaced: string[] = [];
    for (const [index, text] of deckText.entries()) {
      const items = await pageTexts(pdf, index + 1);
      // Without the deck's fonts a wider substitute may wrap a table's cells and grow its rows (see the README).
      const drifts = (role: Anchor['role']): boolean => fonts === 'system fonts' && (role === 'table row' || role === 'table foot');
      for (const anchor of text.anchors.filter((candidate) => !drifts(candidate.role))) {
        // A table's foot is a row of separate labels: its first word is a text of its own.
        const start = anchor.role === 'table foot' ? anchor.lead : anchor.text.slice(0, 12);
        const found = items
          .filter((item) => item.text.startsWith(start))
          .sort((a, b) => Math.hypot(a.x - anchor.x, a.y - anchor.y) - Math.hypot(b.x - anchor.x, b.y - anchor.y))[0];
        // A line's middle may differ by a third of the type size between fonts; a place by more than that is a drift.
        const near = found && Math.abs(found.x - anchor.x) <= 12 && Math.abs(found.y - anchor.y) <= anchor.sizePx / 3 + 6;
        if (!near)
          misplaced.push(
            `slide ${index + 1} ${anchor.role} "${start}": deck ${Math.round(anchor.x)},${Math.round(anchor.y)}, LibreOffice ${found ? `${Math.round(found.x)},${Math.round(found.y)}` : 'not found'}`,
          );
      }
    }
    expect(deckText.flatMap((text) => text.anchors).length).toBeGreaterThan(20);
    expect(misplaced).toEqual([]);
  });

  test(`in LibreOffice with the ${fonts}, each table, its foot included, ends above the slide’s source line`, async () => {
    test.setTimeout(120_000);
    const pdf = await impressPdf(fonts);
    let tables = 0;
    for (const [index, text] of deckText.entries()) {
      const foot = text.anchors.find((anchor) => anchor.role === 'table foot');
      const source = text.anchors.find((anchor) => anchor.role === 'source line');
      if (!foot || !source) continue;
      const items = await pageTexts(pdf, index + 1);
      const [footLine, sourceLine] = [foot, source].map((anchor) => items.find((item) => item.text.startsWith(anchor.lead)));
      if (!footLine || !sourceLine) throw new Error(`slide ${index + 1}: the table's foot or the source line is not on the page`);
      // The two lines' middles are at least half of each line's type apart: they do not overlap.
      expect(sourceLine.y - footLine.y, `slide ${index + 1}`).toBeGreaterThan((foot.sizePx + source.sizePx) / 2);
      tables += 1;
    }
    expect(tables).toBeGreaterThan(0);
  });
}

test('LibreOffice Impress opens it: one page per slide, each with its title (then the notes pages)', async () => {
  test.setTimeout(120_000);
  const pdf = await impressPdf('system fonts');
  const { text } = await extractText(pdf, { mergePages: false });
  expect(text).toHaveLength(2 * slides.length);
  // Text as PDF extraction gives it back: no space after a dash where a line broke.
  const folded = (value: string): string => normalise(value).replace(/([-–]) /g, '$1');
  for (const [index, slide] of slides.entries()) expect(folded(text[index] ?? ''), `page ${index + 1}`).toContain(folded(slide.title));
});

test('letter-spacing is kept as character spacing, except in tables (whose rows grow instead of shrinking their text)', async () => {
  const index = slides.findIndex((slide) => slide.layout === 'scorecard');
  const xml = await part(zip, `ppt/slides/slide${index + 1}.xml`);
  const spaced = (body: string): string[] => [...body.matchAll(/<a:rPr[^>]* spc="(\d+)"[^>]*>.*?<a:t>([^<]*)<\/a:t>/g)].map((run) => run[2] ?? '');
  const outsideTables = xml.replace(/<a:tbl>.*?<\/a:tbl>/gs, '');
  // The kicker and the legend's words are letter-spaced in the deck.
  expect(spaced(outsideTables)).toEqual(expect.arrayContaining([expect.stringMatching(/\S/)]));
  expect(spaced([...xml.matchAll(/<a:tbl>.*?<\/a:tbl>/gs)].map((table) => table[0]).join(''))).toEqual([]);
});

test('shapes without text (rules, fills, marks beside their words) are marked decorative; shapes with text are not', async () => {
  let decorative = 0;
  for (const [index] of slides.entries()) {
    const xml = await part(zip, `ppt/slides/slide${index + 1}.xml`);
    // Top-level shapes only: a visual's parts sit in its group, which carries the visual's alt text.
    const topLevel = xml.replace(/<p:grpSp>.*?<\/p:grpSp>/gs, '');
    for (const shape of topLevel.matchAll(/<p:sp>(.*?)<\/p:sp>/gs)) {
      const body = shape[1] ?? '';
      const text = [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].some((run) => (run[1] ?? '').trim() !== '');
      expect(body.includes('<adec:decorative'), `slide ${index + 1}: ${body.slice(0, 120)}`).toBe(!text);
      if (!text) decorative += 1;
    }
  }
  expect(decorative).toBeGreaterThan(20);
});

test('a label drawn in parts (a date, then its text) keeps each part’s own size and weight', async () => {
  const index = slides.findIndex((slide) => slide.layout === 'strip');
  const slide = slides[index];
  if (slide?.layout !== 'strip') throw new Error('the deck has no strip slide');
  const xml = await part(zip, `ppt/slides/slide${index + 1}.xml`);
  for (const item of slide.items) {
    const paragraph = [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map((match) => match[1] ?? '').find((body) => body.includes(`>${item.when}</a:t>`));
    const runs = [...(paragraph ?? '').matchAll(/<a:rPr[^>]*?sz="(\d+)"([^>]*)>.*?<a:t>([^<]*)<\/a:t>/gs)].map((run) => ({
      size: Number(run[1]),
      bold: /\bb="1"/.test(run[2] ?? ''),
      text: run[3] ?? '',
    }));
    expect(
      runs.map((run) => run.text),
      item.when,
    ).toEqual([item.when, ` ${item.label}`]);
    expect(runs[0]?.size ?? 0, item.when).toBeLessThan(runs[1]?.size ?? 0);
    expect(runs[0]?.bold, item.when).toBe(true);
  }
});
