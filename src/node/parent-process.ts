/** How often to look whether the process that started this one is still there. */
const PARENT_CHECK_MS = 200;

/**
 * Calls `onEnd` once when the process that started this one ends. `kill` of `npm run …` ends npm
 * and the shell npm ran the script in, but not the script's own process, which the system then
 * adopts: its parent changes. Returns a function that stops watching. The watch never keeps the
 * process alive.
 */
export function onParentEnd(onEnd: () => void): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onEnd();
  }, PARENT_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
