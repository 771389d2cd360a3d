import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createGzip } from 'node:zlib';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { pathInside } from './path-inside.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Types a static host would send gzipped (fonts and images are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

/** How a folder is served: text gzipped as a typical static host would; HTML pages changed on the way. */
export interface ServeOptions {
  readonly gzip?: boolean;
  /** Applied to every HTML page sent (e.g. to add a tag); the files are never changed. */
  readonly transformHtml?: (html: string) => string;
}

/** The file a request asks for, or the error status for a malformed path (400) or one leaving the folder (403). */
function fileFor(root: string, url: string | undefined): string | 400 | 403 {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return 400;
  }
  return pathInside(root, path.endsWith('/') ? `${path}index.html` : path) ?? 403;
}

async function sendFile(request: IncomingMessage, response: ServerResponse, file: string, options: ServeOptions): Promise<void> {
  const info = await stat(file);
  if (!info.isFile()) {
    response.writeHead(404).end();
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (options.transformHtml && extname(file) === '.html') {
    const body = Buffer.from(options.transformHtml(await readFile(file, 'utf8')));
    response.writeHead(200, { 'content-type': type, 'content-length': body.length }).end(body);
    return;
  }
  if (options.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
    response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
    createReadStream(file).pipe(createGzip()).pipe(response);
    return;
  }
  response.writeHead(200, { 'content-type': type, 'content-length': info.size });
  createReadStream(file).pipe(response);
}

/** A request handler that serves the files of a folder (`/` is its index.html); nothing outside it. */
export function folderHandler(root: string, options: ServeOptions = {}): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const file = fileFor(root, request.url);
    if (typeof file === 'number') {
      response.writeHead(file).end();
      return;
    }
    sendFile(request, response, file, options).catch(() => {
      if (!response.headersSent) response.writeHead(404);
      response.end();
    });
  };
}

/**
 * Serves a built folder on 127.0.0.1. Port 0 by default: the system picks a free port, so a
 * port already in use (say by `npm run preview`) is never a problem. With `gzip`, text is sent
 * compressed as a typical static host would (the benchmark measures bytes that way).
 */
export async function serveFolder(root: string, options: { port?: number; gzip?: boolean } = {}): Promise<RunningServer> {
  const { port = 0, gzip = false } = options;
  const server: Server = createServer(folderHandler(root, { gzip }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
