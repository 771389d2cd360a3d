/**
 * The presenter's remote (remote.html#key=…, printed by npm run present): drives the deck on
 * the laptop and shows the current slide's notes, time and pacing.
 */
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-serif-4/latin-600.css';
import { deck } from '@deck/index.ts';
import { remoteView } from './live/remote-view.ts';
import { connectLive, liveAddress } from './live/socket.ts';

const root = document.querySelector<HTMLElement>('main.remote');
if (!root) throw new Error('remote.html must contain <main class="remote">');
const view = remoteView(
  root,
  deck.map(({ slide }) => ({ title: slide.title, seconds: slide.seconds, notes: slide.notes })),
  (command) => link?.send({ type: 'command', command }),
);
const address = liveAddress();
const key = new URLSearchParams(location.hash.slice(1)).get('key') ?? undefined;
const link = address
  ? connectLive(address, 'remote', key, {
      onMessage: (message) => {
        if (message.type === 'welcome') view.granted(message.role);
        else if (message.type === 'state') view.show(message.state);
      },
      onStatus: (connected) => view.connected(connected),
    })
  : undefined;
if (!address) view.unserved();
