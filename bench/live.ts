/**
 * npm run present, measured: the delay from a remote's "next" to the deck's move, and from the
 * deck's move to each of 200 followers, against a bare relay doing the same job (bare-relay.mjs),
 * rounds alternating. Run by run.ts; `node --import tsx/esm bench/live.ts` runs it alone.
 */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { WebSocket } from 'ws';
import { READY_SELECTOR } from '../src/constants.ts';
import { chromiumArgs, findChromium } from '../src/node/find-chromium.ts';
import { serveFolder } from '../src/node/static-server.ts';
import { startPresenting } from '../tests/e2e/present-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FOLLOWERS = 200;
const ROUNDS = 40;
const SAME_MOMENT_MS = 2;

/** Run in the deck's page before its scripts: notes the time of each state the deck sends, in `window.moves`. */
const MOVES_NOTED = `
  window.moves = [];
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (typeof data === 'string' && data.startsWith('{"type":"state"')) window.moves.push(Date.now());
    return send.call(this, data);
  };`;

/** A contender: how to make one move happen, and the times it took to reach the deck and each follower. */
interface Contender {
  /**
   * Makes round `round`'s move; resolves with when the remote sent it, when the deck moved, and
   * when each follower received the deck's state (ms since the epoch).
   */
  move(round: number): Promise<{ sent: number; moved: number; arrived: number[] }>;
  close(): Promise<void>;
}

/** 200 WebSocket clients, each keeping the times at which the deck's states reached it. */
async function followers(url: string, origin: string, hello: string, isState: (text: string) => boolean) {
  const times: number[][] = [];
  const waiters: (() => void)[] = [];
  const sockets = await Promise.all(
    Array.from({ length: FOLLOWERS }, (_, index) => {
      times[index] = [];
      const socket = new WebSocket(url, { headers: { origin } });
      socket.on('message', (data) => {
        if (!isState(String(data))) return;
        times[index]?.push(Date.now());
        for (const waiter of waiters.splice(0)) waiter();
      });
      return new Promise<WebSocket>((done) => socket.once('open', () => done(socket))).then((open) => {
        open.send(hello);
        return open;
      });
    }),
  );
  return {
    /** How many states each follower has had so far. */
    counts: (): number[] => times.map((list) => list.length),
    /** When each follower received its next state after `counts`. */
    async after(counts: readonly number[]): Promise<number[]> {
      const reached = (): boolean => times.every((list, index) => list.length > (counts[index] ?? 0));
      while (!reached()) await new Promise<void>((done) => waiters.push(done));
      return times.map((list, index) => list[counts[index] ?? 0] ?? Number.NaN);
    },
    close(): void {
      for (const socket of sockets) socket.terminate();
    },
  };
}

type Crowd = Awaited<ReturnType<typeof followers>>;

/** Puts the deck on the first of two slides without build steps (each round then moves once, sending one state). */
async function startBetweenPlainSlides(laptop: Page, crowd: Crowd): Promise<void> {
  const settled = crowd.counts();
  await laptop.evaluate(() => {
    // No functions declared in here: tsx would wrap them in a helper the page does not have.
    const counts = (window.Reveal?.getSlides() ?? []).map((slide) => slide.querySelectorAll('.fragment').length);
    window.Reveal?.slide(
      Math.max(
        1,
        counts.findIndex((count, index) => index > 0 && count === 0 && counts[index + 1] === 0),
      ),
    );
  });
  await crowd.after(settled);
}

/** A remote that is only a WebSocket in `phone` (as `window.socket`), having said `hello`. */
async function connectBareRemote(phone: Page, address: string, hello: string): Promise<void> {
  await phone.evaluate(
    async ({ url, greeting }) => {
      const socket = new WebSocket(url);
      Object.assign(window, { socket });
      await new Promise((done) => socket.addEventListener('open', done));
      socket.send(greeting);
    },
    { url: address, greeting: hello },
  );
}

/**
 * A contender's rounds, the same for both: the bare remote sends next (even rounds) or previous,
 * the deck's next move is noted (`window.moves`, in the laptop page), and the followers' next state.
 */
async function mover(phone: Page, laptop: Page, crowd: Crowd): Promise<Contender['move']> {
  let moveCount = await laptop.evaluate(() => (window as unknown as { moves: number[] }).moves.length);
  return async (round) => {
    const before = crowd.counts();
    const sent = await phone.evaluate(
      (name) => {
        const time = Date.now();
        (window as unknown as { socket: WebSocket }).socket.send(JSON.stringify({ type: 'command', command: name }));
        return time;
      },
      round % 2 === 0 ? 'next' : 'prev',
    );
    await laptop.waitForFunction((count) => (window as unknown as { moves: number[] }).moves.length > count, moveCount);
    const moved = await laptop.evaluate((index) => (window as unknown as { moves: number[] }).moves[index] ?? 0, moveCount);
    moveCount += 1;
    return { sent, moved, arrived: await crowd.after(before) };
  };
}

/** Ours: the built deck on the laptop, the remote on a phone-sized page, 200 followers. */
async function ours(browser: Browser): Promise<Contender> {
  const presenting = await startPresenting();
  const origin = new URL(presenting.deck).origin;
  const crowd = await followers(`${origin.replace('http', 'ws')}/live`, origin, '{"type":"hello","role":"follow"}', (text) =>
    text.startsWith('{"type":"state"'),
  );
  const laptop = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // The deck has moved when it sends its new state: noted as the message leaves the page.
  await laptop.addInitScript({ content: MOVES_NOTED });
  await laptop.goto(presenting.deck);
  await laptop.locator(READY_SELECTOR).waitFor({ state: 'attached' });
  // The remote's side is a bare client here as in the baseline: on one machine, the remote
  // page's own drawing would compete with the followers (a phone is a device of its own).
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const key = new URL(presenting.remote).hash.replace('#key=', '');
  // A page on the server's origin (only its own pages may connect) that draws next to nothing: a stylesheet.
  const stylesheet = (await readdir(resolve(ROOT, 'dist/assets'))).find((name) => name.endsWith('.css'));
  await phone.goto(`${origin}/assets/${stylesheet}`);
  await connectBareRemote(phone, `${origin.replace('http', 'ws')}/live`, JSON.stringify({ type: 'hello', role: 'remote', key }));
  await crowd.after(crowd.counts().map(() => 0)); // the deck's first state has reached everyone
  await startBetweenPlainSlides(laptop, crowd);
  return {
    move: await mover(phone, laptop, crowd),
    async close() {
      crowd.close();
      await Promise.all([laptop.close(), phone.close()]);
      await presenting.stop();
    },
  };
}

/**
 * Run in the baseline's deck page (the same built deck, served without the live tag): the least
 * a deck can do to be driven over the relay. A command moves reveal.js; each move sends a state
 * of the same size as ours and is noted in `window.moves`. No functions declared (see MOVES_NOTED).
 */
const BARE_DECK = (address: string): string => `
  window.moves = [];
  const socket = new WebSocket(${JSON.stringify(address)});
  window.deckSocket = socket;
  socket.addEventListener('open', () => socket.send('deck'));
  socket.addEventListener('message', (event) => (String(event.data).includes('"next"') ? window.Reveal.next() : window.Reveal.prev()));
  window.addEventListener('load', () => {
    for (const name of ['slidechanged', 'fragmentshown', 'fragmenthidden']) {
      window.Reveal.on(name, () => {
        const { h, f } = window.Reveal.getIndices();
        const state = { slide: h, step: (f ?? -1) + 1, steps: 0, paused: false, elapsed: Math.round(performance.now()), rehearsing: false };
        window.moves.push(Date.now());
        socket.send(JSON.stringify({ type: 'state', state }));
      });
    }
  });`;

/** The bare relay: the same deck, moved by the same clicks' messages, with no protocol or checks in between. */
async function relay(browser: Browser): Promise<Contender> {
  const child = spawn(process.execPath, [resolve(ROOT, 'bench/bare-relay.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((done) => child.stdout.once('data', (chunk: Buffer) => done(chunk.toString().trim())));
  const url = `ws://127.0.0.1:${port}`;
  const crowd = await followers(url, 'http://127.0.0.1', 'follow', () => true);
  const site = await serveFolder(resolve(ROOT, 'dist'));
  const laptop = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await laptop.addInitScript({ content: BARE_DECK(url) });
  await laptop.goto(site.url);
  await laptop.locator(READY_SELECTOR).waitFor({ state: 'attached' });
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await connectBareRemote(phone, url, 'remote');
  await laptop.waitForFunction(() => (window as unknown as { deckSocket: WebSocket }).deckSocket.readyState === WebSocket.OPEN);
  await startBetweenPlainSlides(laptop, crowd);
  return {
    move: await mover(phone, laptop, crowd),
    async close() {
      crowd.close();
      await Promise.all([laptop.close(), phone.close(), site.close()]);
      child.kill();
    },
  };
}

const percentile = (values: readonly number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
};

export interface LiveTimes {
  readonly remoteToDeck: number[];
  readonly deckToFollowers: number[];
}

/** Rounds alternating between the contenders; each round's delays for each. */
export async function measureLive(browser: Browser, rounds = ROUNDS): Promise<{ ours: LiveTimes; relay: LiveTimes }> {
  const contenders = { ours: await ours(browser), relay: await relay(browser) };
  const times = {
    ours: { remoteToDeck: [] as number[], deckToFollowers: [] as number[] },
    relay: { remoteToDeck: [] as number[], deckToFollowers: [] as number[] },
  };
  try {
    for (let round = 0; round < rounds; round += 1) {
      for (const name of round % 2 === 0 ? (['ours', 'relay'] as const) : (['relay', 'ours'] as const)) {
        const { sent, moved, arrived } = await contenders[name].move(round);
        // The deck sends its state in the same event as the bench notes the move, so a follower
        // may have it in the same millisecond or the one before; anything earlier is a mistake.
        if (moved < sent || arrived.some((time) => time < moved - SAME_MOMENT_MS))
          throw new Error(`bench: round ${round} of ${name} was measured out of order (sent ${sent}, moved ${moved}, first arrival ${Math.min(...arrived)})`);
        times[name].remoteToDeck.push(moved - sent);
        times[name].deckToFollowers.push(...arrived.map((time) => Math.max(0, time - moved)));
      }
    }
  } finally {
    await Promise.all([contenders.ours.close(), contenders.relay.close()]);
  }
  return times;
}

/** Table rows: median and 95th percentile for each delay, ours and the relay's. */
export function liveRows(times: { ours: LiveTimes; relay: LiveTimes }): string[][] {
  const both = (values: readonly number[]): string => `${percentile(values, 0.5)} ms / ${percentile(values, 0.95)} ms`;
  const ratio = (a: readonly number[], b: readonly number[]): string => `${(percentile(a, 0.95) / Math.max(1, percentile(b, 0.95))).toFixed(2)}× at p95`;
  return [
    [
      'Present: remote "next" → the laptop’s deck moves, median / p95',
      both(times.ours.remoteToDeck),
      both(times.relay.remoteToDeck),
      ratio(times.ours.remoteToDeck, times.relay.remoteToDeck),
      '≤ 200 ms',
    ],
    [
      `Present: the deck moves → each of ${FOLLOWERS} followers has it, median / p95`,
      both(times.ours.deckToFollowers),
      both(times.relay.deckToFollowers),
      ratio(times.ours.deckToFollowers, times.relay.deckToFollowers),
      '< 100 ms at p95',
    ],
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const browser = await chromium.launch({ executablePath: findChromium().path, args: chromiumArgs() });
  try {
    for (const row of liveRows(await measureLive(browser))) console.log(`| ${row.join(' | ')} |`);
  } finally {
    await browser.close();
  }
}
