import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LIVE_META, LIVE_PATH } from '../live/protocol.ts';
import { folderHandler } from '../node/static-server.ts';
import { allowedHosts } from './hosts.ts';
import { attachLive } from './live-server.ts';

export interface PresentOptions {
  /** The built deck (dist/). */
  readonly root: string;
  /** 0: any free port. */
  readonly port: number;
  /** Listen on the local network too, not only on this machine. */
  readonly lan: boolean;
  readonly secret: string;
  readonly log: (line: string) => void;
}

export interface PresentServer {
  readonly port: number;
  close(): Promise<void>;
}

/** The tag that tells a page it is presented live, and where to connect (pages elsewhere never try). */
const LIVE_TAG = `<meta name="${LIVE_META}" content="${LIVE_PATH}" />`;

/**
 * Serves the built deck, its remote and follow pages, and the live connection between them; on
 * 127.0.0.1 only unless `lan`. Requests by any other name than the server's own are refused
 * (a page on another site, reaching it by DNS rebinding).
 */
export async function startPresentServer(options: PresentOptions): Promise<PresentServer> {
  const serveFiles = folderHandler(options.root, { transformHtml: (html) => html.replace('</head>', `${LIVE_TAG}</head>`) });
  let hosts = new Set<string>();
  const server = createServer((request, response) => {
    if (!hosts.has(request.headers.host ?? '')) response.writeHead(403).end('This server answers only to its own addresses.');
    else serveFiles(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.lan ? '0.0.0.0' : '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(port, options.lan);
  const live = attachLive(server, { secret: options.secret, hosts, log: options.log });
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        live.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
