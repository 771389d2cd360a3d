import { type ClientMessage, LIVE_META, type Role, type ServerMessage, parseServerMessage } from './protocol.ts';

export interface LiveLink {
  /** Sends a message if connected; a message while disconnected is dropped (the deck is the truth). */
  send(message: ClientMessage): void;
}

export interface LiveHandlers {
  readonly onMessage: (message: ServerMessage) => void;
  /** Connected (and greeted) or not: for a page to show. */
  readonly onStatus?: (connected: boolean) => void;
}

/** Waits between attempts to reconnect: short at first, then every few seconds. */
const RETRY_MS = [250, 500, 1000, 2000, 4000];

/** The live connection's address if this page was served by `npm run present`, else undefined. */
export function liveAddress(): string | undefined {
  const path = document.querySelector<HTMLMetaElement>(`meta[name="${LIVE_META}"]`)?.content;
  if (!path) return undefined;
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}

/**
 * Connects to the present server as `role` and stays connected: a dropped connection is retried
 * by itself, and each new connection says hello again (the server then sends the latest state).
 * Never throws: without a server the page simply goes on alone.
 */
export function connectLive(address: string, role: Role, key: string | undefined, handlers: LiveHandlers): LiveLink {
  let socket: WebSocket | undefined;
  let attempt = 0;
  const open = (): void => {
    const current = new WebSocket(address);
    socket = current;
    current.addEventListener('open', () => {
      attempt = 0;
      current.send(JSON.stringify(key === undefined ? { type: 'hello', role } : { type: 'hello', role, key }));
    });
    current.addEventListener('message', (event) => {
      const message = typeof event.data === 'string' ? parseServerMessage(event.data) : undefined;
      if (message?.type === 'welcome') handlers.onStatus?.(true);
      if (message) handlers.onMessage(message);
    });
    current.addEventListener('close', () => {
      handlers.onStatus?.(false);
      const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
      attempt += 1;
      setTimeout(open, wait);
    });
  };
  open();
  return {
    send(message) {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    },
  };
}
