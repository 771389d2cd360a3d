/**
 * The PDF's XMP metadata packet (ISO 16684-1), as PDF/UA-1 asks for it: the title (dc:title),
 * the PDF/UA identifier (pdfuaid:part 1), and the document information the Info dictionary
 * also holds, so that the two agree.
 */

export interface XmpFields {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly language: string;
  readonly creator: string;
  readonly producer: string;
  readonly date: Date;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The packet, as text (written to the file in UTF-8). */
export function xmpPacket(fields: XmpFields): string {
  const date = fields.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (text: string): string => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<pdfuaid:part>1</pdfuaid:part>',
    `<dc:title>${alt(fields.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(fields.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(fields.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(fields.language)}</rdf:li></rdf:Bag></dc:language>`,
    '<dc:format>application/pdf</dc:format>',
    `<pdf:Keywords>${escapeXml(fields.keywords.join(', '))}</pdf:Keywords>`,
    `<pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${escapeXml(fields.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** A link's alternate text (PDF/UA: every link annotation has /Contents): where it goes. */
export function linkDescription(uri: string): string {
  try {
    const url = new URL(uri);
    return `Link to ${url.hostname.replace(/^www\./, '')}${url.pathname === '/' ? '' : ` (${url.pathname.replace(/\/$/, '').split('/').pop() ?? ''})`}`;
  } catch {
    return `Link to ${uri}`;
  }
}
