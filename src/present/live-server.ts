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

/** The clients of one present server, and what passes between them. */
class LiveHub {
  private readonly clients = new Set<Client>();
  private lastState: DeckState | undefined;

  constructor(private readonly options: LiveOptions) {}

  /** A new connection: it has a few seconds to say hello, and answers pings or goes. */
  add(socket: WebSocket, address: string): void {
    const client: Client = { socket, address, tokens: BURST, refilled: Date.now(), alive: true, logged: new Set() };
    this.clients.add(client);
    const helloTimer = setTimeout(() => client.role === undefined && socket.close(1008, 'no hello'), HELLO_WITHIN_MS);
    socket.on('message', (data, isBinary) => this.receive(client, data, isBinary));
    socket.on('pong', () => {
      client.alive = true;
    });
    socket.on('close', () => {
      clearTimeout(helloTimer);
      this.clients.delete(client);
    });
    socket.on('error', () => socket.terminate());
  }

  /** Ends the connections that answered no ping since the last round, and pings the rest. */
  pingAll(): void {
    for (const client of this.clients) {
      if (!client.alive) client.socket.terminate();
      client.alive = false;
      client.socket.ping();
    }
  }

  closeAll(): void {
    for (const client of this.clients) client.socket.terminate();
  }

  private log(client: Client, what: string): void {
    this.options.log(`${client.role ?? 'a client'} at ${client.address}: ${what}`);
  }

  private logOnce(client: Client, what: string): void {
    if (client.logged.has(what)) return;
    client.logged.add(what);
    this.log(client, `${what} (said once per connection)`);
  }

  private send(client: Client, message: ServerMessage): void {
    if (client.socket.readyState === WebSocket.OPEN) client.socket.send(JSON.stringify(message));
  }

  private sendTo(roles: readonly Role[], message: ServerMessage): void {
    const text = JSON.stringify(message);
    for (const client of this.clients) {
      if (client.role !== undefined && roles.includes(client.role) && client.socket.readyState === WebSocket.OPEN) client.socket.send(text);
    }
  }

  /** Takes one token from the client's bucket; false when it is empty (the client floods). */
  private withinRate(client: Client): boolean {
    const now = Date.now();
    client.tokens = Math.min(BURST, client.tokens + ((now - client.refilled) / 1000) * PER_SECOND);
    client.refilled = now;
    client.tokens -= 1;
    return client.tokens >= 0;
  }

  private receive(client: Client, data: RawData, isBinary: boolean): void {
    if (!this.withinRate(client)) {
      this.log(client, 'sent too many messages: disconnected');
      client.socket.close(1008, 'too many messages');
      return;
    }
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    if (isBinary || bytes.length > MAX_MESSAGE_BYTES) {
      this.logOnce(client, `sent a message over ${MAX_MESSAGE_BYTES} bytes or in binary (dropped)`);
      return;
    }
    const message = parseClientMessage(bytes.toString('utf8'));
    if (message === undefined) this.logOnce(client, 'sent something that is not a message of the protocol (dropped)');
    else if (client.role === undefined && message.type !== 'hello') this.logOnce(client, 'sent a message before hello (dropped)');
    else this.handle(client, message);
  }

  private handle(client: Client, message: ClientMessage): void {
    if (message.type === 'hello' && client.role === undefined) {
      this.greet(client, message.role, message.key);
    } else if (message.type === 'state' && client.role === 'deck') {
      this.lastState = message.state;
      this.sendTo(['remote', 'follow'], message);
    } else if (message.type === 'command' && client.role === 'remote') {
      this.sendTo(['deck'], message);
    } else {
      this.logOnce(client, `may not send a ${message.type} message (dropped)`);
    }
  }

  /** The role a client asked for, if it may have it: the deck only from this machine, a remote only with the key. */
  private greet(client: Client, asked: Role, key: string | undefined): void {
    let role: Role = 'follow';
    if (asked === 'deck' && isLoopback(client.address)) role = 'deck';
    else if (asked === 'deck') this.logOnce(client, 'asked to be the deck from another machine: following only');
    else if (asked === 'remote' && key !== undefined && isSecret(key, this.options.secret)) role = 'remote';
    else if (asked === 'remote') this.logOnce(client, 'asked to drive without the right key: following only');
    client.role = role;
    this.send(client, { type: 'welcome', role });
    if (this.lastState && role !== 'deck') this.send(client, { type: 'state', state: this.lastState });
  }
}

/**
 * Passes the deck's state to its remotes and followers, and the remotes' commands to the deck,
 * over WebSockets at /live on `server`. Only same-origin pages may connect; messages are checked
 * against the protocol and a size limit, and a client that floods is cut off.
 */
export function attachLive(server: Server, options: LiveOptions): { close(): void } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const hub = new LiveHub(options);
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (!isOwnPage(request, options.hosts)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => hub.add(webSocket, request.socket.remoteAddress ?? 'unknown'));
  };
  server.on('upgrade', onUpgrade);
  // A phone that walked out of range answers no ping: let it go.
  const pinger = setInterval(() => hub.pingAll(), PING_EVERY_MS);
  pinger.unref();
  return {
    close() {
      clearInterval(pinger);
      server.off('upgrade', onUpgrade);
      hub.closeAll();
      sockets.close();
    },
  };
}
