/** The PowerPoint export's libraries, in one module so the writer can load them only when it runs. */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';

export { JSZip, PptxGenJS };
/** The XML parser and serializer the file's last checks work with (valid-package.ts). */
export const xml = { DOMParser, XMLSerializer };
