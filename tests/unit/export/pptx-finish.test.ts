import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { escapeXml, finishPptx, notesParagraphsXml } from '../../../src/export/pptx/finish-pptx.ts';

const NOTES = '<p:notes><p:sp><p:nvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>all in one</a:t></a:r></a:p></p:txBody></p:sp></p:notes>';

async function pptxLike(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('ppt/slides/slide1.xml', '<p:pic><p:cNvPr id="2" name="map picture 1" descr="A map"/><a:blip r:embed="rId2"><asvg:svgBlip r:embed="rId3"/></a:blip></p:pic>');
  zip.file('ppt/slides/_rels/slide1.xml.rels', '<Relationship Id="rId2" Type="…/image" Target="../media/image-1-1.png"/><Relationship Id="rId3" Type="…/image" Target="../media/image-1-2.svg"/>');
  zip.file('ppt/media/image-1-1.png', 'placeholder');
  zip.file('ppt/notesSlides/notesSlide1.xml', NOTES);
  zip.file('docProps/core.xml', '<cp:coreProperties><dc:title>T</dc:title></cp:coreProperties>');
  return zip.generateAsync({ type: 'uint8array' });
}

describe('finishPptx', () => {
  it('puts the real PNG where the picture’s fallback is, splits the notes into paragraphs, adds the keywords', async () => {
    const png = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    const bytes = await finishPptx(JSZip, await pptxLike(), {
      pictures: [{ slide: 1, name: 'map picture 1', png }],
      notes: [['First paragraph.', '[click] Second & last.']],
      keywords: ['CIS-MOA', 'Pakistan'],
    });
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('ppt/media/image-1-1.png')?.async('uint8array')).toEqual(png);
    const notes = (await zip.file('ppt/notesSlides/notesSlide1.xml')?.async('string')) ?? '';
    expect(notes).not.toContain('all in one');
    expect(notes).toContain('<a:t>First paragraph.</a:t></a:r></a:p><a:p>');
    expect(notes).toContain('<a:t>[click] Second &amp; last.</a:t>');
    expect(await zip.file('docProps/core.xml')?.async('string')).toContain('<cp:keywords>CIS-MOA, Pakistan</cp:keywords>');
  });

  it('names the slide and picture when a fallback cannot be found', async () => {
    await expect(finishPptx(JSZip, await pptxLike(), { pictures: [{ slide: 1, name: 'nowhere', png: new Uint8Array() }], notes: [], keywords: [] })).rejects.toThrow(
      'slide 1: the picture "nowhere" has no fallback image to replace',
    );
  });
});

describe('XML text', () => {
  it('escapes what XML reserves', () => {
    expect(escapeXml(`a < b & "c" > 'd'`)).toBe('a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;');
  });

  it('writes one paragraph per notes paragraph', () => {
    expect(notesParagraphsXml(['One', 'Two']).match(/<a:p>/g)).toHaveLength(2);
  });
});
