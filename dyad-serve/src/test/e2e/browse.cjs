// Browser test of the page of `dyad serve`, driven by the Java test BrowserEndToEndTest:
//   node browse.cjs BASE_URL OUT_DIR [DYAD]
// Drives Debian's Chromium (/usr/bin/chromium, or $DYAD_CHROMIUM) headless, with a fresh empty profile
// that playwright-core makes, and playwright-core (from
// the page's node_modules, found through NODE_PATH): loads the page, filters a dyad, opens an event
// and checks that its sentence shows the trigger and actors highlighted. Also visits the empty and
// error states. Saves screenshots in OUT_DIR and prints one JSON line with what it saw; exits 1 on
// a failed check.
'use strict';
const { chromium } = require('playwright-core');
const path = require('node:path');
const fs = require('node:fs');

const [base, outDir, dyad = 'USA:RUS'] = process.argv.slice(2);
if (!base || !outDir) {
  console.error('usage: node browse.cjs BASE_URL OUT_DIR [DYAD]');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.DYAD_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const seen = {};
  const consoleErrors = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.setDefaultTimeout(20000);

    // 1. The page loads with every event.
    await page.goto(base, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#events tbody tr');
    seen.allRows = await page.locator('#events tbody tr').count();
    seen.summary = (await page.textContent('#summary')).trim();
    await page.waitForSelector('#timeline .vis-item');

    // 2. Filter a dyad with the filter bar.
    await page.fill('#filters input[name=dyad]', dyad);
    await page.click('#apply');
    await page.waitForFunction((d) => new URLSearchParams(location.search).get('dyad') === d, dyad);
    await page.waitForFunction(() => !document.querySelector('#events').classList.contains('busy')
      && document.querySelectorAll('#events tbody tr').length > 0);
    seen.dyadRows = await page.locator('#events tbody tr').count();
    seen.tableNote = (await page.textContent('#table-note')).trim();
    seen.chartTitle = (await page.textContent('#chart-title')).trim();
    const actors = await page.locator('#events tbody tr td:nth-child(4)').allTextContents();
    const recipients = await page.locator('#events tbody tr td:nth-child(5)').allTextContents();
    const [src, tgt] = dyad.split(':');
    check(actors.every((a) => a.includes(src)), `every actor is ${src}: ${actors}`);
    check(recipients.every((r) => r.includes(tgt)), `every recipient is ${tgt}: ${recipients}`);
    await page.waitForSelector('#timeline .vis-item');
    seen.timelineGroups = await page.locator('#timeline .vis-label').allTextContents();
    check(await page.locator('#chart').isVisible(), 'the dyad chart is shown');

    // 3. Open the first event: its sentence with the trigger and the actors highlighted.
    const first = page.locator('#events tbody tr').first();
    seen.eventId = await first.getAttribute('data-id');
    await first.click();
    const trigger = page.locator('#detail blockquote.sentence mark.hl-trigger').first();
    await trigger.waitFor({ state: 'visible' });
    seen.trigger = (await trigger.textContent()).trim();
    seen.sentence = (await page.locator('#detail blockquote.sentence').first().textContent()).trim();
    seen.actorMarks = await page.locator('#detail blockquote.sentence mark.hl-actor').allTextContents();
    seen.recipientMarks = await page.locator('#detail blockquote.sentence mark.hl-recipient').allTextContents();
    seen.sourceLink = await page.locator('#detail .source a').first().getAttribute('href').catch(() => null);
    check(seen.sentence.includes(seen.trigger), 'the trigger is inside the sentence');
    check(seen.actorMarks.length > 0, 'an actor is highlighted');
    seen.location = (await page.locator('#detail dd.location').first().textContent()).trim();
    check(await page.locator('#filters input[name=place]').count() === 1, 'the filter bar has a place field');
    check(seen.location.length > 0, 'the detail says where, or that the text does not');
    check(await page.locator('#events tbody tr.selected').count() === 1, 'the clicked row is selected');
    await page.screenshot({ path: path.join(outDir, 'dyad-serve.png'), fullPage: true });

    // 4. A filter that matches nothing: the empty state.
    await page.goto(`${base}?dyad=JPN:BRA`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#table-state.empty');
    seen.emptyState = (await page.textContent('#table-state')).trim();
    seen.emptyTimeline = (await page.textContent('#timeline-state')).trim();
    await page.screenshot({ path: path.join(outDir, 'dyad-serve-empty.png'), fullPage: true });

    // 5. A malformed filter: the server's 400 message is shown next to the field.
    await page.goto(base, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#events tbody tr');
    await page.fill('#filters input[name=dyad]', 'USA-RUS');
    await page.click('#apply');
    await page.waitForSelector('#error:not([hidden])');
    seen.errorText = (await page.textContent('#error-text')).trim();
    seen.errorField = await page.getAttribute('#filters input[name=dyad]', 'aria-invalid');
    check(seen.errorText.includes('dyad'), 'the error names the parameter');
    check(seen.errorField === 'true', 'the dyad field is marked invalid');
    await page.screenshot({ path: path.join(outDir, 'dyad-serve-error.png'), fullPage: false });

    seen.consoleErrors = consoleErrors.filter((e) => !e.includes('400 (Bad Request)'));
    check(seen.consoleErrors.length === 0, `no script errors: ${seen.consoleErrors}`);
    console.log(JSON.stringify({ ok: true, ...seen }));
  } catch (e) {
    console.log(JSON.stringify({ ok: false, error: String(e && e.message || e), ...seen, consoleErrors }));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
})();
