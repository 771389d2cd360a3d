import { join, resolve, sep } from 'node:path';

/**
 * The file `path` names inside the folder `root` (a path relative to it, or a URL's path, which
 * starts with a slash), as an absolute path; or undefined if it leads out of the folder (`..`).
 */
export function pathInside(root: string, path: string): string | undefined {
  const file = resolve(join(root, path));
  return file.startsWith(resolve(root) + sep) ? file : undefined;
}
