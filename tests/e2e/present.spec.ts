import AxeBuilder from '@axe-core/playwright';
import { networkInterfaces } from 'node:os';
import { type Browser, devices, expect, type Page, test } from '@playwright/test';
import { READY_SELECTOR } from '../../src/constants.ts';
import { countCues } from '../../src/notes.ts';
import { deckSlides } from './deck.ts';
import { onOrigin, openSpeakerView, watchContext } from './fixtures.ts';
import { descendants, STOP_WAIT, stillRunning } from './processes.ts';
import { type Presenting, startPresenting } from './present-server.ts';

const slides = await deckSlides();
const { defaultBrowserType: _, ...iPhone } = devices['iPhone 13'];
const CURRENT = '.reveal .slides > section.present';

/**
 * The laptop's deck, 1280×720: in the worker's own page (reset between tests) unless given a
 * page of its own; a new context and page would cost more than the deck's load.
 */
async function openLaptop(page: Page, url: string): Promise<Page> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(url);
  await expect(page.locator(READY_SELECTOR)).toBeAttached();
  return page;
}

async function openPhone(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext(iPhone)).newPage();
  await page.goto(url);
  await expect(page.locator('.remote-connection')).toHaveText('Connected');
  return page;
}

/** The slide the page's deck shows, and its build step. */
const where = (page: Page): Promise<{ h: number; f: number }> =>
  page.evaluate(() => {
    const { h, f } = window.Reveal?.getIndices() ?? { h: -1 };
    return { h, f: typeof f === 'number' ? f : -1 };
  });

/** Sends raw messages on a connection of its own from the page (as a hand-written client would). */
async function sendRaw(page: Page, messages: readonly string[]): Promise<void> {
  await page.evaluate(async (texts) => {
    const socket = new WebSocket(`ws://${location.host}/live`);
    await new Promise((resolve) => socket.addEventListener('open', resolve));
    for (const text of texts) socket.send(text);
    socket.close();
  }, messages);
}

test.describe('npm run present', () => {
  test.describe.configure({ mode: 'serial' });
  let presenting: Presenting;
  test.beforeAll(async () => {
    presenting = await startPresenting();
  });
  test.afterAll(async () => {
    await presenting.stop();
  });

  test('the phone drives the laptop’s deck (buttons and swipes) and shows the slide’s number, title, notes with cues, and what comes next', async ({
    browser,
    page,
  }) => {
    const laptop = await openLaptop(page, presenting.deck);
    const problems = watchContext(laptop.context(), onOrigin(new URL(presenting.deck).origin));
    const phone = await openPhone(browser, presenting.remote);
    const [first, second] = slides;
    await expect(phone.locator('.remote-title')).toHaveText(first?.title ?? '');
    await expect(phone.locator('.remote-position')).toContainText(`Slide 1 of ${slides.length}`);
    const { violations } = await new AxeBuilder({ page: phone }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    for (let step = 0; step <= countCues(first?.notes ?? ''); step += 1) await phone.getByRole('button', { name: 'Next' }).click();
    await expect(laptop.locator(CURRENT)).toHaveId(second?.id ?? '');
    await expect(phone.locator('.remote-title')).toHaveText(second?.title ?? '');
    await expect(phone.locator('.remote-notes')).toContainText((second?.notes ?? '').split(/\s+/).slice(0, 6).join(' '));

    // The laptop's own keys keep working, and the phone follows them.
    const cued = slides.findIndex((slide) => countCues(slide.notes) > 0);
    await laptop.evaluate((index) => window.Reveal?.slide(index), cued);
    await expect(phone.locator('.remote-title')).toHaveText(slides[cued]?.title ?? '');
    await expect(phone.locator('.remote-notes .cue').first()).toHaveText('[click]');
    await expect(phone.locator('.remote-upcoming')).toHaveText(`Next: build step 1 of ${countCues(slides[cued]?.notes ?? '')}`);
    await laptop.keyboard.press('ArrowRight');
    await expect(phone.locator('.remote-position')).toContainText('step 1 of');
    await expect(phone.locator('.remote-notes .now .cue')).toHaveText('[click]');

    // A swipe to the right goes back.
    await phone.locator('.remote-notes').evaluate((notes) => {
      const touch = (x: number): Touch => new Touch({ identifier: 1, target: notes, clientX: x, clientY: 300 });
      notes.dispatchEvent(new TouchEvent('touchstart', { changedTouches: [touch(50)], bubbles: true }));
      notes.dispatchEvent(new TouchEvent('touchend', { changedTouches: [touch(300)], bubbles: true }));
    });
    await expect.poll(() => where(laptop)).toEqual({ h: cued, f: -1 });

    // Black-out, and back.
    await phone.getByRole('button', { name: 'Black out' }).click();
    await expect(laptop.locator('.reveal')).toHaveClass(/\bpaused\b/);
    await expect(phone.getByRole('button', { name: 'Black out' })).toHaveAttribute('aria-pressed', 'true');
    await phone.getByRole('button', { name: 'Black out' }).click();
    await expect(laptop.locator('.reveal')).not.toHaveClass(/\bpaused\b/);

    // A rehearsal, started and ended from the phone: the report opens on the laptop.
    await phone.getByRole('button', { name: 'Rehearse' }).click();
    await expect(laptop.getByRole('status')).toHaveText(/Rehearsing/);
    await expect(phone.getByRole('button', { name: 'Rehearse' })).toHaveAttribute('aria-pressed', 'true');
    await phone.getByRole('button', { name: 'Rehearse' }).click();
    await expect(laptop.getByRole('dialog')).toContainText('Rehearsal:');
    await expect(phone.getByRole('button', { name: 'Rehearse' })).toHaveAttribute('aria-pressed', 'false');
    problems.stop();
    expect(problems.console).toEqual([]);
    await phone.context().close();
  });

  test('an audience’s screen follows the slide and build step, shows no notes, and cannot drive', async ({ browser, page }) => {
    const laptop = await openLaptop(page, presenting.deck);
    const phone = await openPhone(browser, presenting.remote);
    // A phone held upright: narrow enough that reveal.js would otherwise switch to its scroll view.
    const follower = await (await browser.newContext(iPhone)).newPage();
    await follower.goto(presenting.follow);
    await expect(follower.locator(READY_SELECTOR)).toBeAttached();
    // reveal.js 6 has isScrollView() at run time; its typings leave it out.
    expect(await follower.evaluate(() => (window.Reveal as unknown as { isScrollView(): boolean }).isScrollView())).toBe(false);
    const cued = slides.findIndex((slide) => countCues(slide.notes) > 0);
    await laptop.evaluate((index) => window.Reveal?.slide(index), cued);
    await laptop.keyboard.press('ArrowRight');
    await expect.poll(() => where(follower)).toEqual({ h: cued, f: 0 });
    await expect(follower.locator(CURRENT)).toBeInViewport();
    await expect(follower.locator('aside.notes')).toHaveCount(0);

    // Its keys do nothing, and a command it sends is dropped.
    await follower.keyboard.press('ArrowRight');
    await sendRaw(follower, ['{"type":"hello","role":"follow"}', '{"type":"command","command":"next"}']);
    await phone.getByRole('button', { name: 'Black out' }).click(); // sent after the follower's command
    await expect(laptop.locator('.reveal')).toHaveClass(/\bpaused\b/);
    expect(await where(laptop)).toEqual({ h: cued, f: 0 });
    await expect(follower.locator('.reveal')).toHaveClass(/\bpaused\b/);
    expect(await where(follower)).toEqual({ h: cued, f: 0 });
    await phone.getByRole('button', { name: 'Black out' }).click();
    await Promise.all([phone, follower].map((opened) => opened.context().close()));
  });

  test('a remote address with a wrong or no key cannot drive: it says so and its buttons are off', async ({ browser, page }) => {
    const laptop = await openLaptop(page, presenting.deck);
    const start = await where(laptop);
    for (const url of [presenting.remote.replace(/key=.*/, 'key=guessed'), presenting.remote.replace(/#.*/, '')]) {
      const page = await (await browser.newContext(iPhone)).newPage();
      await page.goto(url);
      await expect(page.getByRole('alert')).toContainText('cannot drive the deck');
      await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
      await sendRaw(page, ['{"type":"hello","role":"remote","key":"guessed"}', '{"type":"command","command":"next"}']);
      await page.context().close();
    }
    const phone = await openPhone(browser, presenting.remote);
    await phone.getByRole('button', { name: 'Black out' }).click();
    await expect(laptop.locator('.reveal')).toHaveClass(/\bpaused\b/);
    expect(await where(laptop)).toEqual(start);
    expect(presenting.output()).not.toContain('guessed'); // no key given is ever repeated
    await phone.getByRole('button', { name: 'Black out' }).click();
    await phone.context().close();
  });

  test('oversized and malformed messages are dropped (said once in the terminal), and the remote goes on', async ({ browser, page }) => {
    const laptop = await openLaptop(page, presenting.deck);
    const phone = await openPhone(browser, presenting.remote);
    const key = new URL(presenting.remote).hash.replace('#key=', '');
    const big = JSON.stringify({ type: 'command', command: 'next', padding: 'x'.repeat(4_000) });
    await sendRaw(phone, [JSON.stringify({ type: 'hello', role: 'remote', key }), big, big, 'next please', '{"type":"command","command":"next"}']);
    await expect.poll(() => where(laptop)).not.toEqual({ h: 0, f: -1 });
    await expect.poll(() => presenting.output()).toContain('over 1024 bytes');
    expect(presenting.output().split('over 1024 bytes').length - 1).toBe(1);
    expect(presenting.output()).toContain('not a message of the protocol');
    // The key is printed once, in the remote's address, and never in what the server says after.
    const said = presenting
      .output()
      .split('\n')
      .filter((line) => line.startsWith('present:'));
    expect(said.length).toBeGreaterThan(0);
    expect(said.join('\n')).not.toContain(key);
    await phone.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => where(laptop)).toEqual({ h: 0, f: -1 });
    await phone.context().close();
  });

  test('a dropped connection comes back by itself, and the phone catches up with the deck', async ({ browser, page }) => {
    const laptop = await openLaptop(page, presenting.deck);
    const phone = await (await browser.newContext(iPhone)).newPage();
    const routes: { close(): Promise<void> }[] = [];
    await phone.routeWebSocket(/\/live$/, (route) => {
      route.connectToServer();
      routes.push(route);
    });
    await phone.goto(presenting.remote);
    await expect(phone.locator('.remote-connection')).toHaveText('Connected');
    await routes.at(-1)?.close(); // the phone loses its connection…
    await laptop.evaluate(() => window.Reveal?.slide(3));
    // …reconnects by itself, and shows where the deck now is.
    await expect(phone.locator('.remote-title')).toHaveText(slides[3]?.title ?? '');
    await expect(phone.locator('.remote-connection')).toHaveText('Connected');
    expect(routes.length).toBeGreaterThan(1);
    await phone.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => where(laptop)).not.toEqual({ h: 3, f: -1 });
    await phone.context().close();
  });
});

test('T rehearses against the clock: the report gives each slide’s budget, time and difference, the total, the three most over, and a CSV', async ({
  browser,
  baseURL,
}) => {
  // A context of its own: Playwright's fake clock leaves scripts in a context that later pages
  // run, and the worker's shared page (reuseContext) must not inherit them.
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), viewport: { width: 1600, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto('./');
  await expect(page.locator(READY_SELECTOR)).toBeAttached();
  // T in the speaker view starts it too (the speaker view passes its keys on to the deck).
  const speakerView = await openSpeakerView(page);
  await expect(speakerView.frameLocator('#current-slide iframe').locator(READY_SELECTOR)).toBeAttached();
  await speakerView.keyboard.press('t');
  await expect(page.getByRole('status')).toHaveText(/Rehearsing/);
  // T in the speaker view ends it too; then the clock stops, so that only runFor moves it.
  await speakerView.keyboard.press('t');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await speakerView.close();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.keyboard.press('t');
  await expect(page.getByRole('status')).toHaveText(/Rehearsing/);
  const spent = [75, 10, 200]; // seconds on slides 1, 2 and 3
  for (const [index, seconds] of spent.entries()) {
    await page.evaluate((slide) => window.Reveal?.slide(slide), index);
    await page.clock.runFor(seconds * 1000);
  }
  await page.evaluate(() => window.Reveal?.slide(0));
  await page.keyboard.press('t');
  const report = page.getByRole('dialog');
  await expect(report.getByRole('heading')).toContainText('Rehearsal: 4:45');
  await expect(report.locator('tbody tr')).toHaveCount(slides.length);
  const row = (index: number): string[] => {
    const slide = slides[index];
    const seconds = spent[index] ?? 0;
    const clock = (value: number): string =>
      `${value < 0 ? '-' : value > 0 ? '+' : ''}${Math.floor(Math.abs(value) / 60)}:${String(Math.abs(value) % 60).padStart(2, '0')}`;
    return [
      String(index + 1),
      slide?.title ?? '',
      clock(slide?.seconds ?? 0).replace('+', ''),
      clock(seconds).replace('+', ''),
      clock(seconds - (slide?.seconds ?? 0)),
    ];
  };
  await expect(report.locator('tbody tr').nth(2).locator('th, td')).toHaveText(row(2));
  await expect(report.locator('tbody tr').nth(1).locator('th, td')).toHaveText(row(1));
  const over = [0, 2]
    .filter((index) => (spent[index] ?? 0) > (slides[index]?.seconds ?? 0))
    .sort((a, b) => (spent[b] ?? 0) - (slides[b]?.seconds ?? 0) - ((spent[a] ?? 0) - (slides[a]?.seconds ?? 0)));
  await expect(report.locator('.most-over')).toContainText(`Most over: ${over.map((index) => `${index + 1}. ${slides[index]?.title}`)[0]}`);
  const download = page.waitForEvent('download');
  await report.getByRole('link', { name: 'Save as CSV' }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    return text;
  });
  expect(csv.split('\r\n')[0]).toBe('slide,title,budget_seconds,actual_seconds,difference_seconds');
  expect(csv.split('\r\n')[3]).toBe(`3,${slides[2]?.title},${slides[2]?.seconds},200,${200 - (slides[2]?.seconds ?? 0)}`);
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toHaveCount(0);
  // The deck's keys are its own again.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(CURRENT)).toHaveId(slides[1]?.id ?? '');
  await context.close();
});

test('the remote opened from a plain web server (not npm run present) says where to open it, and drives nothing', async ({ page }) => {
  await page.goto('./remote.html');
  await expect(page.getByRole('alert')).toHaveText('This page drives the deck only when opened from the remote address that npm run present prints.');
  await expect(page.locator('.remote-connection')).toHaveText('Not connected');
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
});

test('stopping the server leaves the open deck working; kill of npm run present ends it', async ({ page }) => {
  const presenting = await startPresenting([], true);
  const laptop = await openLaptop(page, presenting.deck);
  const processes = [presenting.child.pid ?? -1, ...(await descendants(presenting.child.pid ?? -1))];
  presenting.child.kill('SIGTERM'); // npm, not the server
  await expect.poll(() => stillRunning(processes), STOP_WAIT).toEqual([]);
  await expect(fetch(presenting.deck)).rejects.toThrow();
  await laptop.keyboard.press('ArrowRight');
  await expect(laptop.locator(CURRENT)).toHaveId(slides[1]?.id ?? '');
  await laptop.keyboard.press('ArrowLeft');
  await expect(laptop.locator(CURRENT)).toHaveId(slides[0]?.id ?? '');
});

test('without --lan nothing listens beyond this computer; with it, a phone on the network drives the deck', async ({ browser, page }) => {
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry?.family === 'IPv4' && !entry.internal)?.address;
  expect(lan, 'this test needs a network interface besides loopback').toBeDefined();
  const local = await startPresenting();
  const port = new URL(local.deck).port;
  await expect(fetch(`http://${lan}:${port}/`)).rejects.toThrow();
  expect(local.output()).not.toContain('█');
  await local.stop();

  const networked = await startPresenting(['--lan']);
  expect(networked.remote).toContain(`http://${lan}:`);
  expect(networked.follow).toBe(`http://${lan}:${new URL(networked.remote).port}/?follow`);
  expect(networked.output()).toContain('█'); // the QR codes
  const laptop = await openLaptop(page, networked.deck);
  const phone = await openPhone(browser, networked.remote);
  await phone.getByRole('button', { name: 'Black out' }).click();
  await expect(laptop.locator('.reveal')).toHaveClass(/\bpaused\b/);
  // A deck opened from another machine's address is only a follower: it cannot take the laptop's place.
  const other = await openLaptop(await browser.newPage(), networked.follow.replace('?follow', ''));
  await expect.poll(() => networked.output()).toContain('asked to be the deck from another machine');
  await Promise.all([phone, other].map((opened) => opened.context().close()));
  await networked.stop();
});
