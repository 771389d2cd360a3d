/**
 * What `npm run export` starts: the export CLI (cli.ts) compiled once to plain JavaScript and run
 * without a TypeScript loader (see src/node/compiled-cli.mjs).
 */
import { runCompiledCli } from '../node/compiled-cli.mjs';

await runCompiledCli('export');
