import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The first of `names` found in a folder of the PATH (with `.exe` on Windows), as a shell would
 * find it; undefined if none is. `env` and `exists` are the caller's, so tests give their own.
 */
export function onPath(
  names: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const folders = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean);
  const files = platform === 'win32' ? names.map((name) => `${name}.exe`) : names;
  for (const folder of folders) {
    for (const file of files) {
      const path = join(folder, file);
      if (exists(path)) return path;
    }
  }
  return undefined;
}

/** Program folders of a Windows machine (Program Files, both kinds, and the user's own), from its environment. */
export function windowsProgramFolders(env: Readonly<Record<string, string | undefined>>): string[] {
  return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((folder): folder is string => Boolean(folder));
}

/** Whether a file is there and may be run. */
export function isProgram(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
