/**
 * Puppeteer's settings for this project. DeckTape (a dev dependency, tested against the deck)
 * depends on puppeteer, whose install step would download a Chrome; the project never uses it
 * (the tests and the export find a Chromium themselves, see README "Browser"), and on a machine
 * that cannot reach the download servers the download fails the whole `npm install`. So: skip it.
 */
module.exports = { skipDownload: true };
