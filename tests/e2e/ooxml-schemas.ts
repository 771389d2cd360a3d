/**
 * Every XML part of a PowerPoint file checked against the ECMA-376 schemas (transitional, with the
 * package conventions of Part 2), by libxml2's xmllint compiled to WebAssembly (xmllint-wasm): no
 * program to install. The schemas are in tests/fixtures/ooxml-schemas (see its README for where
 * they come from and the two local changes).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type JSZip from 'jszip';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

const SCHEMAS = join(import.meta.dirname, '../fixtures/ooxml-schemas');

/** The schema a part is checked against, by its name in the package. */
function schemaFor(part: string): string | null {
  if (part.endsWith('.rels')) return 'opc-relationships.xsd';
  if (part === '[Content_Types].xml') return 'opc-contentTypes.xsd';
  if (part === 'docProps/core.xml') return 'opc-coreProperties.xsd';
  if (part === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd';
  if (/^ppt\/(theme\/[^/]+|tableStyles)\.xml$/.test(part)) return 'dml-main.xsd';
  if (/^ppt\/.*\.xml$/.test(part)) return 'pml.xsd';
  return null;
}

/** Each XML part's schema errors ("part: line: message"); an XML part no schema covers is an error too. */
export async function schemaProblems(zip: JSZip): Promise<string[]> {
  const schemas: XMLFileInfo[] = await Promise.all(
    (await readdir(SCHEMAS))
      .filter((name) => name.endsWith('.xsd'))
      .map(async (name) => ({ fileName: name, contents: await readFile(join(SCHEMAS, name), 'utf8') })),
  );
  const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
  const bySchema = new Map<string, XMLFileInfo[]>();
  const problems: string[] = [];
  for (const part of parts) {
    const schema = schemaFor(part);
    if (!schema) {
      problems.push(`${part}: no schema for this part`);
      continue;
    }
    // xmllint takes file names that look like paths; the part's own name says which it was.
    const fileName = part.replace(/[^\w.]/g, '_');
    bySchema.set(schema, [...(bySchema.get(schema) ?? []), { fileName, contents: (await zip.file(part)?.async('string')) ?? '' }]);
  }
  for (const [schema, xml] of bySchema) {
    const result = await validateXML({ xml, schema: schemas.filter((file) => file.fileName === schema), preload: schemas, maxMemoryPages: 4096 });
    problems.push(...result.errors.map((error) => `${error.loc?.fileName ?? ''}:${error.loc?.lineNumber ?? ''}: ${error.message}`));
  }
  return problems;
}
