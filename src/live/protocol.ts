/**
 * The messages between a presented deck, its remotes and its followers, and the server that
 * passes them on (npm run present). Pure: read by the browser pages and by the Node server.
 *
 * - The deck (the laptop, the one source of truth) sends its state; the server keeps the last
 *   one and passes it to every remote and follower, and to anyone who (re)connects.
 * - A remote (the presenter's phone, holding the run's secret) sends commands; the server passes
 *   them to the deck. A follower (the audience) only receives.
 */

/** Where the pages connect: a WebSocket on the page's own origin. */
export const LIVE_PATH = '/live';
/** The `<meta name>` the present server adds to its pages: without it a page never connects. */
export const LIVE_META = 'deck-live';
/** The largest message anyone may send, in bytes (a state is about 150). */
export const MAX_MESSAGE_BYTES = 1024;

export type Role = 'deck' | 'remote' | 'follow';
export const COMMANDS = ['next', 'prev', 'pause', 'reset-timer', 'rehearse'] as const;
export type Command = (typeof COMMANDS)[number];

/** Where the deck is, and what its presenter needs to know. */
export interface DeckState {
  /** The slide's position (reveal.js's indexh), from 0. */
  readonly slide: number;
  /** The build steps shown on it (reveal.js's indexf + 1), and how many it has. */
  readonly step: number;
  readonly steps: number;
  /** Whether the screen is blacked out (reveal.js's pause). */
  readonly paused: boolean;
  /** Milliseconds since the deck's clock started, when this was sent. */
  readonly elapsed: number;
  /** Whether the deck is timing a rehearsal. */
  readonly rehearsing: boolean;
}

export type ClientMessage =
  | { readonly type: 'hello'; readonly role: Role; readonly key?: string }
  | { readonly type: 'state'; readonly state: DeckState }
  | { readonly type: 'command'; readonly command: Command };

export type ServerMessage =
  /** The role granted: a remote whose key is wrong or missing is only a follower. */
  | { readonly type: 'welcome'; readonly role: Role }
  | { readonly type: 'state'; readonly state: DeckState }
  | { readonly type: 'command'; readonly command: Command };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1e9;
const hasOnly = (value: Json, keys: readonly string[]): boolean => Object.keys(value).every((key) => keys.includes(key));
const STATE_KEYS = ['slide', 'step', 'steps', 'paused', 'elapsed', 'rehearsing'] as const;

function parseState(value: unknown): DeckState | undefined {
  if (!isObject(value) || !hasOnly(value, STATE_KEYS)) return undefined;
  const { slide, step, steps, paused, elapsed, rehearsing } = value;
  if (!isCount(slide) || !isCount(step) || !isCount(steps) || !isCount(elapsed) || step > steps) return undefined;
  if (typeof paused !== 'boolean' || typeof rehearsing !== 'boolean') return undefined;
  return { slide, step, steps, paused, elapsed, rehearsing };
}

function parseRole(value: unknown): Role | undefined {
  return value === 'deck' || value === 'remote' || value === 'follow' ? value : undefined;
}

function parseCommand(value: unknown): Command | undefined {
  return COMMANDS.find((command) => command === value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A client's message, or undefined if it is not one (wrong shape, unknown field or value). */
export function parseClientMessage(text: string): ClientMessage | undefined {
  const message = parseJson(text);
  if (!isObject(message)) return undefined;
  if (message.type === 'hello' && hasOnly(message, ['type', 'role', 'key'])) {
    const role = parseRole(message.role);
    if (role === undefined || (message.key !== undefined && typeof message.key !== 'string')) return undefined;
    return typeof message.key === 'string' ? { type: 'hello', role, key: message.key } : { type: 'hello', role };
  }
  if (message.type === 'state' && hasOnly(message, ['type', 'state'])) {
    const state = parseState(message.state);
    return state && { type: 'state', state };
  }
  if (message.type === 'command' && hasOnly(message, ['type', 'command'])) {
    const command = parseCommand(message.command);
    return command && { type: 'command', command };
  }
  return undefined;
}

/** The server's message, or undefined if it is not one. */
export function parseServerMessage(text: string): ServerMessage | undefined {
  const message = parseJson(text);
  if (!isObject(message)) return undefined;
  if (message.type === 'welcome') {
    const role = parseRole(message.role);
    return role && { type: 'welcome', role };
  }
  if (message.type === 'state') {
    const state = parseState(message.state);
    return state && { type: 'state', state };
  }
  if (message.type === 'command') {
    const command = parseCommand(message.command);
    return command && { type: 'command', command };
  }
  return undefined;
}
