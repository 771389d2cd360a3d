/**
 * What the deck's HTML pages (index.html, handout.html, remote.html) share, written once: each
 * page has a `<!-- page:NAME -->` comment where a part goes, and the deck plugin puts it there,
 * in the dev server and the build alike. %DECK_…% fields in a part are filled like the page's own.
 */

/** Every page: the character set, the viewport, light colours only, no favicon request. */
const HEAD = `<meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light" />
    <link rel="icon" href="data:," />`;

/** The pages that show the deck: its description, author and keywords. */
const DOCUMENT_META = `<meta name="description" content="%DECK_SUBJECT%" />
    <meta name="author" content="%DECK_AUTHOR%" />
    <meta name="keywords" content="%DECK_KEYWORDS%" />`;

/**
 * A page opened from disk runs no module script, so it would stay blank: this message says what
 * to do instead, and the page's script removes it once it runs. The one-file HTML, which opens
 * from disk, leaves it out (the markers around it).
 */
const NEEDS_SERVER_STYLE = `<!-- needs-server:start -->
    <style>
      /* Shown only if the deck's scripts never start (e.g. this file opened from disk): they remove it. */
      .needs-server { position: fixed; inset: 0; display: grid; place-items: center; padding: 2rem; background: #fbfaf7; color: #17212b; font: 1.125rem/1.5 system-ui, sans-serif; opacity: 0; animation: needs-server-appear 0s 1.5s forwards; }
      .needs-server div { max-width: 38rem; }
      .needs-server h1 { font-size: 1.5rem; margin: 0 0 1rem; }
      .needs-server code { background: #e7e2d7; padding: 0 0.3em; }
      @keyframes needs-server-appear { to { opacity: 1; } }
    </style>
    <!-- needs-server:end -->`;

const NEEDS_SERVER = `<!-- needs-server:start -->
    <div class="needs-server" id="needs-server" role="alert">
      <div>
        <h1>This presentation needs to be opened from a web server</h1>
        <p>Browsers do not run its scripts from a file opened on disk, so nothing else can appear here. Any of these works:</p>
        <ul>
          <li>in the project folder, run <code>npm run preview</code> (for a deck other than <code>slides/</code>: <code>DECK=&lt;its folder&gt; npm run preview</code>) and open the address it prints;</li>
          <li>put the folder this page is in (<code>dist</code>, or <code>dist-…</code> for another deck) on any static web host and open it there;</li>
          <li>use the single-file version, which opens from disk: <code>npm run export -- --only html</code> (add <code>--deck &lt;its folder&gt;</code> for another deck) writes one <code>.html</code> file into <code>exports/</code>.</li>
        </ul>
      </div>
    </div>
    <!-- needs-server:end -->`;

const PARTS: Readonly<Record<string, string>> = {
  head: HEAD,
  'document-meta': DOCUMENT_META,
  'needs-server-style': NEEDS_SERVER_STYLE,
  'needs-server': NEEDS_SERVER,
};

/** The page with each `<!-- page:NAME -->` replaced by its part; an unknown name is an error that names it. */
export function withPageParts(html: string, page: string): string {
  return html.replace(/<!-- page:([a-z-]+) -->/g, (_, name: string) => {
    const part = PARTS[name];
    if (part === undefined) throw new Error(`${page} asks for the page part "${name}", which src/build/page-parts.ts does not have.`);
    return part;
  });
}
