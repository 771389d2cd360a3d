/**
 * What pptxgenjs cannot write, put into its finished file (a zip of XML parts): each picture's
 * real PNG fallback in place of its placeholder, the speaker notes as paragraphs (pptxgenjs
 * writes them as one), and the keywords in the document properties.
 */
import type JSZip from 'jszip';

export interface PictureFallback {
  /** 1-based slide number. */
  readonly slide: number;
  /** The picture's object name (unique in its slide). */
  readonly name: string;
  readonly png: Uint8Array;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`the PowerPoint file has no ${path}`);
  return file.async('string');
}

/** Puts each picture's PNG where its fallback image is: the picture's <a:blip r:embed> target. */
async function putFallbacks(zip: JSZip, pictures: readonly PictureFallback[]): Promise<void> {
  for (const picture of pictures) {
    const slideXml = await part(zip, `ppt/slides/slide${picture.slide}.xml`);
    const start = slideXml.indexOf(`name="${escapeXml(picture.name)}"`);
    const embed = start < 0 ? null : /<a:blip r:embed="(rId\d+)"/.exec(slideXml.slice(start));
    const rels = await part(zip, `ppt/slides/_rels/slide${picture.slide}.xml.rels`);
    const target = embed && new RegExp(`Id="${embed[1]}"[^>]*Target="\\.\\./media/([^"]+)"`).exec(rels);
    if (!target?.[1]) throw new Error(`slide ${picture.slide}: the picture "${picture.name}" has no fallback image to replace`);
    zip.file(`ppt/media/${target[1]}`, picture.png, { compression: 'STORE' }); // a PNG is compressed already
  }
}

/** The notes body as one paragraph per notes paragraph. */
export function notesParagraphsXml(paragraphs: readonly string[]): string {
  return paragraphs.map((text) => `<a:p><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>${escapeXml(text)}</a:t></a:r></a:p>`).join('');
}

async function splitNotes(zip: JSZip, notes: readonly (readonly string[])[]): Promise<void> {
  for (const [index, paragraphs] of notes.entries()) {
    const path = `ppt/notesSlides/notesSlide${index + 1}.xml`;
    const xml = await part(zip, path);
    const body = /(<p:ph type="body" idx="1"\/>.*?<a:lstStyle\/>)(.*?)(<\/p:txBody>)/s.exec(xml);
    if (!body) throw new Error(`${path} has no notes body`);
    zip.file(path, xml.replace(body[0], `${body[1]}${notesParagraphsXml(paragraphs)}${body[3]}`));
  }
}

async function addKeywords(zip: JSZip, keywords: readonly string[]): Promise<void> {
  const path = 'docProps/core.xml';
  const xml = await part(zip, path);
  zip.file(path, xml.replace('</cp:coreProperties>', `<cp:keywords>${escapeXml(keywords.join(', '))}</cp:keywords></cp:coreProperties>`));
}

export async function finishPptx(
  Zip: typeof JSZip,
  bytes: Uint8Array,
  done: {
    /** The pictures' PNGs may still be on their way: everything else is done while they come. */
    readonly pictures: readonly PictureFallback[] | Promise<readonly PictureFallback[]>;
    readonly notes: readonly (readonly string[])[];
    readonly keywords: readonly string[];
  },
): Promise<Uint8Array> {
  const zip = await Zip.loadAsync(bytes);
  await splitNotes(zip, done.notes);
  await addKeywords(zip, done.keywords);
  // pptxgenjs stores its parts uncompressed: they are compressed now, while the PNGs may still be
  // coming, and a zip read back keeps its compressed parts as they are when it is written again.
  const compressed = await Zip.loadAsync(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  await putFallbacks(compressed, await done.pictures);
  return compressed.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
