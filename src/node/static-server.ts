import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGzip } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

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

/**
 * Serves a built folder on 127.0.0.1. Port 0 by default: the system picks a free port, so a
 * port already in use (say by `npm run preview`) is never a problem. With `gzip`, text is sent
 * compressed as a typical static host would (the benchmark measures bytes that way).
 */
export async function serveFolder(root: string, options: { port?: number; gzip?: boolean } = {}): Promise<RunningServer> {
  const { port = 0, gzip = false } = options;
  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root) + sep)) {
      response.writeHead(403).end();
      return;
    }
    stat(file)
      .then((info) => {
        if (!info.isFile()) {
          response.writeHead(404).end();
          return;
        }
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
          response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
          createReadStream(file).pipe(createGzip()).pipe(response);
          return;
        }
        response.writeHead(200, { 'content-type': type, 'content-length': info.size });
        createReadStream(file).pipe(response);
      })
      .catch(() => response.writeHead(404).end());
  });
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
