import { html } from '../dom/html.ts';
import { renderNoteParagraphs } from '../render/slide.ts';
import type { Command, DeckState, Role } from './protocol.ts';
import { describePacing, formatClock, pacing } from './time.ts';
import './remote.css';

export interface RemoteSlide {
  readonly title: string;
  readonly seconds: number;
  readonly notes: string;
}

export interface RemoteView {
  show(state: DeckState): void;
  connected(connected: boolean): void;
  granted(role: Role): void;
  /** Not served by `npm run present`: nothing to connect to. */
  unserved(): void;
}

const SWIPE_PX = 60;

/** The notes' paragraphs, the current build step's marked `now` and the ones before it `done`. */
function markStep(notes: HTMLElement, step: number): void {
  let cue = 0;
  for (const paragraph of notes.querySelectorAll('p')) {
    if (paragraph.classList.contains('note-click')) cue += 1;
    paragraph.classList.toggle('now', cue === step);
    paragraph.classList.toggle('done', cue < step);
  }
  notes.querySelector('.now')?.scrollIntoView({ block: 'nearest' });
}

function whatIsNext(slides: readonly RemoteSlide[], state: DeckState): string {
  if (state.step < state.steps) return `Next: build step ${state.step + 1} of ${state.steps}`;
  const next = slides[state.slide + 1];
  return next ? `Next: ${state.slide + 2}. ${next.title}` : 'Next: the end';
}

/** Left and right swipes on `element` are previous and next. */
function onSwipe(element: HTMLElement, send: (command: Command) => void): void {
  let start: Touch | undefined;
  element.addEventListener('touchstart', (event) => {
    start = event.changedTouches[0];
  });
  element.addEventListener('touchend', (event) => {
    const end = event.changedTouches[0];
    if (!start || !end) return;
    const [dx, dy] = [end.clientX - start.clientX, end.clientY - start.clientY];
    if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > 1.5 * Math.abs(dy)) send(dx < 0 ? 'next' : 'prev');
  });
}

/**
 * The presenter's remote, for a phone: the current slide's number, title and notes (the build
 * step's paragraph marked), time and pacing against the budgets, what comes next, and buttons
 * (and swipes) for next, previous, black-out, rehearsal and the timer.
 */
export function remoteView(root: HTMLElement, slides: readonly RemoteSlide[], send: (command: Command) => void): RemoteView {
  const button = (command: Command, label: string, extra: Record<string, string> = {}): HTMLButtonElement => {
    const element = html('button', { type: 'button', class: `remote-${command}`, ...extra }, label);
    element.addEventListener('click', () => send(command));
    return element;
  };
  const status = html('p', { class: 'remote-connection', role: 'status' }, 'Connecting…');
  const clock = html('span', { class: 'remote-clock' }, '0:00');
  const pace = html('span', { class: 'remote-pacing' }, '');
  const position = html('p', { class: 'remote-position' }, '');
  const title = html('h1', { class: 'remote-title' }, '');
  const notes = html('section', { class: 'remote-notes', 'aria-label': 'Notes', tabindex: 0 });
  const next = html('p', { class: 'remote-upcoming' }, '');
  const warning = html(
    'p',
    { class: 'remote-warning', role: 'alert', hidden: '' },
    'This address cannot drive the deck: its key is missing or from an earlier run. Open the remote address that npm run present printed.',
  );
  const pause = button('pause', 'Black out', { 'aria-pressed': 'false' });
  const rehearse = button('rehearse', 'Rehearse', { 'aria-pressed': 'false' });
  const buttons = [button('prev', 'Previous'), button('next', 'Next'), pause, rehearse, button('reset-timer', 'Reset timer')];
  const [prev, nextButton, ...tools] = buttons;
  root.replaceChildren(
    html('header', { class: 'remote-bar' }, status, html('p', { class: 'remote-time' }, clock, ' · ', pace)),
    position,
    title,
    warning,
    notes,
    next,
    html('nav', { class: 'remote-move', 'aria-label': 'Move' }, prev ?? '', nextButton ?? ''),
    html('div', { class: 'remote-tools' }, ...tools),
  );
  onSwipe(notes, send);

  let shown: { state: DeckState; at: number } | undefined;
  let notesOf = -1;
  const tick = (): void => {
    if (!shown) return;
    const elapsed = (shown.state.elapsed + Date.now() - shown.at) / 1000;
    clock.textContent = formatClock(elapsed);
    pace.textContent = describePacing(
      pacing(
        slides.map((slide) => slide.seconds),
        shown.state.slide,
        elapsed,
      ).behind,
    );
  };
  setInterval(tick, 1000);

  return {
    show(state) {
      shown = { state, at: Date.now() };
      const slide = slides[state.slide];
      position.textContent = `Slide ${state.slide + 1} of ${slides.length}${state.steps > 0 ? ` · step ${state.step} of ${state.steps}` : ''} · budget ${formatClock(slide?.seconds ?? 0)}`;
      title.textContent = slide?.title ?? '';
      if (notesOf !== state.slide) notes.replaceChildren(...renderNoteParagraphs(slide?.notes ?? ''));
      notesOf = state.slide;
      markStep(notes, state.step);
      next.textContent = whatIsNext(slides, state);
      pause.setAttribute('aria-pressed', String(state.paused));
      rehearse.setAttribute('aria-pressed', String(state.rehearsing));
      tick();
    },
    connected(connected) {
      status.textContent = connected ? 'Connected' : 'Reconnecting…';
      status.classList.toggle('offline', !connected);
    },
    granted(role) {
      const drives = role === 'remote';
      warning.hidden = drives;
      for (const element of buttons) element.disabled = !drives;
    },
    unserved() {
      this.granted('follow');
      status.textContent = 'Not connected';
      status.classList.add('offline');
      warning.textContent = 'This page drives the deck only when opened from the remote address that npm run present prints.';
    },
  };
}
