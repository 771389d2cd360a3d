import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { ServerMessage } from '../../../src/live/protocol.ts';
import { attachLive } from '../../../src/present/live-server.ts';

const SECRET = 'the-secret-of-this-run';
const state = { slide: 2, step: 0, steps: 1, paused: false, elapsed: 5_000, rehearsing: false };

/** A client of the live server, with the messages it has received, in order. */
interface TestClient {
  readonly socket: WebSocket;
  readonly received: ServerMessage[];
  /** The next message not yet taken. */
  next(): Promise<ServerMessage>;
  send(message: unknown): void;
  closed(): Promise<number>;
}

let server: Server;
let port: number;
let live: { close(): void };
let logged: string[];

beforeEach(async () => {
  server = createServer((_, response) => response.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  logged = [];
  live = attachLive(server, { secret: SECRET, hosts: new Set([`127.0.0.1:${port}`]), log: (line) => logged.push(line) });
});

afterEach(async () => {
  live.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function connect(headers: Record<string, string> = {}): Promise<TestClient> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/live`, { headers: { origin: `http://127.0.0.1:${port}`, ...headers } });
  const received: ServerMessage[] = [];
  const waiting: ((message: ServerMessage) => void)[] = [];
  let taken = 0;
  socket.on('message', (data) => {
    received.push(JSON.parse(String(data)) as ServerMessage);
    waiting.shift()?.(received[taken++] as ServerMessage);
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return {
    socket,
    received,
    next: () => (taken < received.length ? Promise.resolve(received[taken++] as ServerMessage) : new Promise((resolve) => waiting.push(resolve))),
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    closed: () => new Promise((resolve) => socket.once('close', (code) => resolve(code))),
  };
}

async function join(role: string, key?: string): Promise<TestClient> {
  const client = await connect();
  client.send(key === undefined ? { type: 'hello', role } : { type: 'hello', role, key });
  await client.next(); // welcome
  return client;
}

describe('the live server', () => {
  it('grants each role: the deck from this machine, a remote with the key, anyone else follows', async () => {
    for (const [role, key, granted] of [
      ['deck', undefined, 'deck'],
      ['remote', SECRET, 'remote'],
      ['remote', 'a guess', 'follow'],
      ['remote', undefined, 'follow'],
      ['follow', undefined, 'follow'],
    ] as const) {
      const client = await connect();
      client.send(key === undefined ? { type: 'hello', role } : { type: 'hello', role, key });
      expect(await client.next(), `${role} with ${key ?? 'no key'}`).toEqual({ type: 'welcome', role: granted });
      client.socket.close();
    }
    expect(logged.join('\n')).not.toMatch(/a guess|the-secret/);
  });

  it('passes the deck’s state to remotes and followers, and to anyone joining later', async () => {
    const deck = await join('deck');
    const [remote, follower] = [await join('remote', SECRET), await join('follow')];
    deck.send({ type: 'state', state });
    expect(await remote.next()).toEqual({ type: 'state', state });
    expect(await follower.next()).toEqual({ type: 'state', state });
    const late = await connect();
    late.send({ type: 'hello', role: 'follow' });
    expect([await late.next(), await late.next()]).toEqual([
      { type: 'welcome', role: 'follow' },
      { type: 'state', state },
    ]);
  });

  it('passes a remote’s commands to the deck; a follower’s or a wrong key’s are dropped and said once', async () => {
    const deck = await join('deck');
    const follower = await join('follow');
    const guesser = await join('remote', 'wrong');
    for (const client of [follower, follower, guesser]) client.send({ type: 'command', command: 'next' });
    const remote = await join('remote', SECRET);
    remote.send({ type: 'command', command: 'pause' });
    expect(await deck.next()).toEqual({ type: 'command', command: 'pause' });
    expect(deck.received).toHaveLength(2); // the welcome and the one command
    expect(logged.filter((line) => line.includes('may not send a command'))).toHaveLength(2); // once per client
    expect(logged.some((line) => line.includes('without the right key'))).toBe(true);
  });

  it('drops an oversized, a binary or a malformed message, says so once, and keeps the connection', async () => {
    const deck = await join('deck');
    const remote = await join('remote', SECRET);
    remote.send(JSON.stringify({ type: 'command', command: 'next', padding: 'x'.repeat(2_000) }));
    remote.send(JSON.stringify({ type: 'command', command: 'next', padding: 'x'.repeat(3_000) }));
    remote.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    remote.send('{"type":"command","command":"reboot"}');
    remote.send('not json');
    remote.send({ type: 'command', command: 'next' });
    expect(await deck.next()).toEqual({ type: 'command', command: 'next' });
    expect(deck.received).toHaveLength(2);
    expect(logged.filter((line) => line.includes('over 1024 bytes'))).toHaveLength(1);
    expect(logged.filter((line) => line.includes('not a message of the protocol'))).toHaveLength(1);
    expect(remote.socket.readyState).toBe(WebSocket.OPEN);
  });

  it('cuts off a client that floods', async () => {
    const follower = await join('follow');
    const closed = follower.closed();
    for (let count = 0; count < 200; count += 1) follower.send({ type: 'hello', role: 'follow' });
    expect(await closed).toBe(1008);
    expect(logged.some((line) => line.includes('too many messages'))).toBe(true);
  });

  it('refuses a page of another site, and a name the server does not answer to', async () => {
    await expect(connect({ origin: 'http://attacker.example' })).rejects.toThrow(/403/);
    await expect(connect({ host: `attacker.example:${port}`, origin: `http://attacker.example:${port}` })).rejects.toThrow(/403/);
    await expect(connect({ origin: '' })).rejects.toThrow(/403/);
  });
});
