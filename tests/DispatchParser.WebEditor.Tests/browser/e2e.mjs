// End-to-end test of the web editor in a real browser: Debian's headless chromium driven by
// puppeteer-core, against a running `dispatch serve`.
//
//   node e2e.mjs <editor url> <output folder> [chromium path]
//
// Loads the page, pastes a canonical dispatch (no error marker), deletes the agency tag with Backspace
// (a DSP0003 marker and a red squiggle appear), applies the quick fix (the marker goes), checks the
// parts panel shows the headline and the outline lists it, hovers the tag, checks a second tab works on
// its own, takes a screenshot, then measures keystroke-to-marker latency on a 100 KB dispatch (median
// over 50 edits). Prints one "ok - …" line per check and "latency: …"; exits 0 only if all pass.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [url, outputDirectory, chromium = '/usr/bin/chromium'] = process.argv.slice(2);
if (!url || !outputDirectory) {
  console.error('usage: node e2e.mjs <editor url> <output folder> [chromium path]');
  process.exit(2);
}
mkdirSync(outputDirectory, { recursive: true });

let browser;
const fail = async (message) => {
  console.error(`FAIL: ${message}`);
  if (browser) await browser.close().catch(() => {});
  process.exit(1);
};
const step = (message) => console.log(`ok - ${message}`);
setTimeout(() => fail('timed out after 240 s'), 240_000).unref();

const headline = "Diyarbakır'da kütüphane haftası başladı";
const tag = ' (İLKHA)';
const canonical = [
  headline,
  '',
  'Kent genelinde kütüphane haftası etkinliklerle başladı.',
  `Etkinlikler hafta boyunca sürecek.${tag}`,
  "YASAL UYARI: Yayınlanan yazılı haber, fotoğraf ve videonun tüm hakları İlke Haber Ajansı'na aittir.",
  "Ankara'da yağmur bekleniyor.",
].join('\n');

browser = await puppeteer.launch({
  executablePath: chromium,
  args: ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage',
    '--no-first-run', '--no-default-browser-check', '--disable-extensions', '--disable-sync', '--mute-audio'],
});

async function openEditor() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 800 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warn') console.error(`page ${message.type()}: ${message.text()}`); });
  page.on('requestfailed', (request) => console.error(`page request failed: ${request.url()} ${request.failure()?.errorText}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.dispatchEditor || document.getElementById('status').textContent !== 'connecting…', { timeout: 60_000 })
    .catch(async () => fail(`the page did not start within 60 s: ${errors.join('; ')}`));
  const status = await page.$eval('#status', (element) => element.textContent);
  if (status.startsWith('error') || status.startsWith('disconnected')) await fail(`the page did not start: ${status}; ${errors.join('; ')}`);
  return page;
}

/** Waits until the server has published for the model's current version, then returns the markers. */
async function settledMarkers(page) {
  await page.waitForFunction(() => {
    const e = window.dispatchEditor;
    return e.publishedVersion() === e.model.getVersionId();
  }, { timeout: 30_000 });
  return page.evaluate(() => window.dispatchEditor.markers().map((m) => ({ code: typeof m.code === 'object' ? m.code.value : m.code, severity: m.severity, message: m.message })));
}

const page = await openEditor();
step('the page loads Monaco and connects to the language server');

// Paste the canonical dispatch.
await page.click('#editor');
await page.evaluate((text) => window.dispatchEditor.editor.trigger('keyboard', 'paste', { text }), canonical);
let markers = await settledMarkers(page);
const errorMarkers = markers.filter((m) => m.severity === 8);
if (errorMarkers.length > 0) await fail(`error markers on the canonical dispatch: ${JSON.stringify(errorMarkers)}`);
step(`pasted a canonical dispatch: no error marker (${markers.length} marker(s) in all)`);

// Delete the agency tag with Backspace, as a user would.
await page.evaluate((tagText) => {
  const { editor, model, monaco } = window.dispatchEditor;
  const match = model.findMatches(tagText, false, false, true, null, false).pop();
  editor.setSelection(new monaco.Selection(match.range.startLineNumber, match.range.startColumn, match.range.endLineNumber, match.range.endColumn));
  editor.focus();
}, tag);
await page.keyboard.press('Backspace');
markers = await settledMarkers(page);
const missingTag = markers.find((m) => m.code === 'DSP0003');
if (!missingTag) await fail(`no DSP0003 marker after deleting the tag: ${JSON.stringify(markers)}; text: ${JSON.stringify(await page.evaluate(() => window.dispatchEditor.model.getValue()))}`);
await page.waitForSelector('.squiggly-error', { timeout: 10_000 });
step(`deleted the tag: a DSP0003 marker appears ("${missingTag.message}") with a red squiggle`);

// The quick fix offered for it puts the tag back.
const fixes = await page.evaluate(async () => {
  const { connection, model } = window.dispatchEditor;
  const last = model.getLineCount();
  return connection.request('textDocument/codeAction', {
    textDocument: { uri: model.uri.toString() },
    range: { start: { line: 0, character: 0 }, end: { line: last, character: 0 } },
    context: { diagnostics: [], only: ['quickfix'] },
  });
});
const tagFix = (fixes ?? []).find((fix) => fix.edit?.changes && Object.values(fix.edit.changes).flat().some((edit) => edit.newText.includes('İLKHA')));
if (!tagFix) await fail(`no quick fix adds the tag: ${JSON.stringify(fixes)}`);
await page.evaluate((fix) => {
  const { editor, model, monaco } = window.dispatchEditor;
  const edits = Object.values(fix.edit.changes).flat().map((edit) => ({
    range: new monaco.Range(edit.range.start.line + 1, edit.range.start.character + 1, edit.range.end.line + 1, edit.range.end.character + 1),
    text: edit.newText,
  }));
  editor.executeEdits('quick fix', edits);
  model.pushStackElement();
}, tagFix);
markers = await settledMarkers(page);
if (markers.some((m) => m.code === 'DSP0003')) await fail(`DSP0003 is still there after the quick fix "${tagFix.title}"`);
step(`applied the quick fix "${tagFix.title}": the DSP0003 marker goes`);

// Side panels follow the document.
await page.waitForFunction((text) => document.getElementById('parts').textContent.includes(text), { timeout: 10_000 }, headline);
step('the parts panel (export JSON) shows the headline');
await page.waitForFunction((text) => document.getElementById('outline').textContent.includes(text.slice(0, 20)), { timeout: 10_000 }, headline);
step('the outline lists the headline');
await page.click('#tree-panel summary');
await page.waitForFunction(() => document.getElementById('tree').textContent.includes('Document'), { timeout: 10_000 });
step('the syntax tree panel shows the tree');

// Hover on the tag names the agency.
const hover = await page.evaluate(async () => {
  const { connection, model } = window.dispatchEditor;
  const match = model.findMatches('(İLKHA)', false, false, true, null, false).pop();
  return connection.request('textDocument/hover', {
    textDocument: { uri: model.uri.toString() },
    position: { line: match.range.startLineNumber - 1, character: match.range.startColumn },
  });
});
if (!hover?.contents?.value?.includes('İlke')) await fail(`hover on the tag: ${JSON.stringify(hover)}`);
step('hover on the tag names the agency');

// Semantic colouring: the legend's colours reach the rendered text.
const colours = await page.evaluate(() => new Set([...document.querySelectorAll('.view-line span span')].map((s) => getComputedStyle(s).color)).size);
if (colours < 2) await fail(`the text is in ${colours} colour(s): no semantic colouring`);
step(`semantic colouring: ${colours} colours in the rendered text`);

const screenshot = path.join(outputDirectory, 'web-editor.png');
await page.screenshot({ path: screenshot });
step(`screenshot: ${screenshot}`);

// A second tab has its own document and server session.
const second = await openEditor();
await second.evaluate(() => window.dispatchEditor.editor.trigger('keyboard', 'paste', { text: 'Başlık\n\nMetin burada bitiyor.' }));
const secondMarkers = await settledMarkers(second);
if (!secondMarkers.some((m) => m.code === 'DSP0003')) await fail(`second tab: no DSP0003 for its own text: ${JSON.stringify(secondMarkers)}`);
const firstAgain = await settledMarkers(page);
if (firstAgain.some((m) => m.code === 'DSP0003')) await fail('the second tab changed the first tab\'s markers');
step('a second tab checks its own document, the first is unaffected');
await second.close();

// Keystroke-to-marker latency on a 100 KB dispatch: delete the tag (DSP0003 appears), put it back (it goes), 50 edits.
const paragraph = 'Kent genelinde kütüphane haftası etkinliklerle başladı ve hafta boyunca sürecek olan programda birçok etkinlik yer alıyor.';
const paragraphs = [];
for (let i = 0; paragraphs.join('\n').length < 100_000; i++) paragraphs.push(`${i}. ${paragraph}`);
const big = [headline, '', ...paragraphs.slice(0, -1), `${paragraphs.at(-1)}${tag}`,
  "YASAL UYARI: Yayınlanan yazılı haber, fotoğraf ve videonun tüm hakları İlke Haber Ajansı'na aittir."].join('\n');
await page.evaluate((text) => window.dispatchEditor.model.setValue(text), big);
await settledMarkers(page);
const latencies = await page.evaluate(async (tagText, edits) => {
  const { editor, model, monaco } = window.dispatchEditor;
  const hasMissingTag = () => monaco.editor.getModelMarkers({ resource: model.uri })
    .some((m) => (typeof m.code === 'object' ? m.code.value : m.code) === 'DSP0003');
  const results = [];
  for (let i = 0; i < edits; i++) {
    const deleting = i % 2 === 0;
    const match = model.findMatches(deleting ? tagText : 'sürecek olan programda birçok etkinlik yer alıyor.\nYASAL', false, false, true, null, false).pop();
    const range = deleting ? match.range
      : new monaco.Range(match.range.startLineNumber, match.range.startColumn + 'sürecek olan programda birçok etkinlik yer alıyor.'.length,
        match.range.startLineNumber, match.range.startColumn + 'sürecek olan programda birçok etkinlik yer alıyor.'.length);
    const done = new Promise((resolve) => {
      const subscription = monaco.editor.onDidChangeMarkers(() => {
        if (hasMissingTag() === deleting) {
          subscription.dispose();
          resolve(performance.now());
        }
      });
    });
    const start = performance.now();
    editor.executeEdits('latency', [{ range, text: deleting ? '' : tagText }]);
    results.push((await done) - start);
  }
  return results;
}, tag, 50);
const sorted = [...latencies].sort((a, b) => a - b);
const median = (sorted[24] + sorted[25]) / 2;
console.log(`latency: ${(big.length / 1000).toFixed(0)} K chars, ${latencies.length} edits: median ${median.toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (keystroke to marker, server debounce 30 ms included)`);
step('latency measured');

await browser.close();
process.exit(0);
