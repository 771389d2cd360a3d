/** The PowerPoint export's libraries, in one module so the writer can load them only when it runs. */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';

export { JSZip, PptxGenJS };
