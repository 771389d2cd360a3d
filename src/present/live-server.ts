import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import { type ClientMessage, type DeckState, LIVE_PATH, MAX_MESSAGE_BYTES, parseClientMessage, type Role, type ServerMessage } from '../live/protocol.ts';
import { isLoopback } from './hosts.ts';
import { isSecret } from './secret.ts';

export interface LiveOptions {
  /** The run's secret: a remote must send it to drive the deck. */
  readonly secret: string;
  /** The Host headers a page may use to reach this server (anything else may be a DNS-rebinding page). */
  readonly hosts: ReadonlySet<string>;
  /** Where to say what was dropped and why (never a message's content or a key). */
  readonly log: (line: string) => void;
}

/** A client may send this many messages at once, and this many a second after that. */
const BURST = 60;
const PER_SECOND = 30;
/** A client that has not said who it is by then is cut off; one that answers no ping in this time too. */
const HELLO_WITHIN_MS = 10_000;
const PING_EVERY_MS = 15_000;

interface Client {
  readonly socket: WebSocket;
  readonly address: string;
  role?: Role;
  tokens: number;
  refilled: number;
  alive: boolean;
  readonly logged: Set<string>;
}

/** Whether an upgrade request comes from one of this server's own pages, by a name it answers to. */
function isOwnPage(request: IncomingMessage, hosts: ReadonlySet<string>): boolean {
  const host = request.headers.host ?? '';
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  return path === LIVE_PATH && hosts.has(host) && request.headers.origin === `http://${host}`;
}

/**
 * Passes the deck's state to its remotes and followers, and the remotes' commands to the deck,
 * over WebSockets at /live on `server`. Only same-origin pages may connect; messages are checked
 * against the protocol and a size limit, and a client that floods is cut off.
 */
export function attachLive(server: Server, options: LiveOptions): { close(): void } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const clients = new Set<Client>();
  let lastState: DeckState | undefined;

  const logOnce = (client: Client, what: string): void => {
    if (client.logged.has(what)) return;
    client.logged.add(what);
    options.log(`${client.role ?? 'a client'} at ${client.address}: ${what} (said once per connection)`);
  };
  const send = (client: Client, message: ServerMessage): void => {
    if (client.socket.readyState === WebSocket.OPEN) client.socket.send(JSON.stringify(message));
  };
  const sendTo = (role: Role, message: ServerMessage): void => {
    const text = JSON.stringify(message);
    for (const client of clients) if (client.role === role && client.socket.readyState === WebSocket.OPEN) client.socket.send(text);
  };

  const greet = (client: Client, asked: Role, key: string | undefined): void => {
    let role: Role = 'follow';
    if (asked === 'deck' && isLoopback(client.address)) role = 'deck';
    else if (asked === 'deck') logOnce(client, 'asked to be the deck from another machine: following only');
    else if (asked === 'remote' && key !== undefined && isSecret(key, options.secret)) role = 'remote';
    else if (asked === 'remote') logOnce(client, 'asked to drive without the right key: following only');
    client.role = role;
    send(client, { type: 'welcome', role });
    if (lastState && role !== 'deck') send(client, { type: 'state', state: lastState });
  };

  const handle = (client: Client, message: ClientMessage): void => {
    if (message.type === 'hello') {
      if (client.role === undefined) greet(client, message.role, message.key);
      else logOnce(client, 'said hello twice (dropped)');
    } else if (message.type === 'state' && client.role === 'deck') {
      lastState = message.state;
      sendTo('remote', message);
      sendTo('follow', message);
    } else if (message.type === 'command' && client.role === 'remote') {
      sendTo('deck', message);
    } else {
      logOnce(client, `may not send a ${message.type} message (dropped)`);
    }
  };

  /** Takes one token from the client's bucket; false when it is empty (the client floods). */
  const withinRate = (client: Client): boolean => {
    const now = Date.now();
    client.tokens = Math.min(BURST, client.tokens + ((now - client.refilled) / 1000) * PER_SECOND);
    client.refilled = now;
    client.tokens -= 1;
    return client.tokens >= 0;
  };

  const receive = (client: Client, data: RawData, isBinary: boolean): void => {
    if (!withinRate(client)) {
      options.log(`${client.role ?? 'a client'} at ${client.address}: sent too many messages: disconnected`);
      client.socket.close(1008, 'too many messages');
      return;
    }
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    if (isBinary || bytes.length > MAX_MESSAGE_BYTES) {
      logOnce(client, `sent a message over ${MAX_MESSAGE_BYTES} bytes or in binary (dropped)`);
      return;
    }
    const message = parseClientMessage(bytes.toString('utf8'));
    if (message === undefined) logOnce(client, 'sent something that is not a message of the protocol (dropped)');
    else if (client.role === undefined && message.type !== 'hello') logOnce(client, 'sent a message before hello (dropped)');
    else handle(client, message);
  };

  sockets.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const client: Client = { socket, address: request.socket.remoteAddress ?? 'unknown', tokens: BURST, refilled: Date.now(), alive: true, logged: new Set() };
    clients.add(client);
    const helloTimer = setTimeout(() => client.role === undefined && socket.close(1008, 'no hello'), HELLO_WITHIN_MS);
    socket.on('message', (data, isBinary) => receive(client, data, isBinary));
    socket.on('pong', () => {
      client.alive = true;
    });
    socket.on('close', () => {
      clearTimeout(helloTimer);
      clients.delete(client);
    });
    socket.on('error', () => socket.terminate());
  });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (!isOwnPage(request, options.hosts)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => sockets.emit('connection', webSocket, request));
  };
  server.on('upgrade', onUpgrade);

  // A phone that walked out of range answers no ping: let it go.
  const pinger = setInterval(() => {
    for (const client of clients) {
      if (!client.alive) client.socket.terminate();
      client.alive = false;
      client.socket.ping();
    }
  }, PING_EVERY_MS);
  pinger.unref();

  return {
    close() {
      clearInterval(pinger);
      server.off('upgrade', onUpgrade);
      for (const client of clients) client.socket.terminate();
      sockets.close();
    },
  };
}
