/**
 * What `npm run present` starts: the present CLI (cli.ts) compiled once to plain JavaScript and
 * run without a TypeScript loader (see src/node/compiled-cli.mjs).
 */
import { runCompiledCli } from '../node/compiled-cli.mjs';

await runCompiledCli('present');
