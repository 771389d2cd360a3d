/**
 * What `npm test` runs before the browser tests: the type check, the linter, the unit tests and
 * the build, side by side (none needs another's result), each as its own npm script. Each one's
 * output (npm's own header first) is printed whole when it ends, never interleaved; the exit code
 * is 1 if any failed, and the last line names those. Plain JavaScript, so that Node runs it
 * without a loader.
 */
import { spawn } from 'node:child_process';

const SCRIPTS = ['typecheck', 'lint', 'test:unit', 'build'];

/** Runs one npm script to its end; resolves with its exit code and everything it printed. */
function runScript(name) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ name, code: 1, output: `${error.message}\n` }));
    child.on('close', (code) => resolve({ name, code: code ?? 1, output: Buffer.concat(output).toString() }));
  });
}

const results = await Promise.all(
  SCRIPTS.map((name) =>
    runScript(name).then((result) => {
      process.stdout.write(result.output);
      return result;
    }),
  ),
);
const failed = results.filter((result) => result.code !== 0).map((result) => `npm run ${result.name}`);
if (failed.length > 0) {
  process.stderr.write(`\nFailed: ${failed.join(', ')} (its output is above).\n`);
  process.exit(1);
}
