// The web page in a real browser: Debian's chromium driven by playwright-core against a real
// `genbi serve` on the demo database. It asks a question and sees the steps stream, the table
// and a drawn chart; sorts the table; downloads the CSV and checks its rows; edits the SQL and
// re-runs it; sees a refusal and a could-not-answer message; follows a shared link; recalls a
// question with the up arrow; runs at a phone-sized viewport; checks that the page loads
// nothing from elsewhere; runs axe-core (no serious or critical violation); and asks for an API
// key when the server has keys. Screenshots go to OUT_DIR.
// usage: node browser_test.js GENBI_BIN OUT_DIR   (run_browser_test.sh)
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { chromium } = require('playwright-core');

const [genbi, outDir] = process.argv.slice(2);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const KEY = 'browser-test-key-0123456789abcdef';
let passed = 0, failed = 0;

function check(cond, what) {
  if (!cond) throw new Error('check failed: ' + what);
}

function serve(args, env) {
  return new Promise((resolve, reject) => {
    const p = spawn(genbi, ['serve', '--listen', '127.0.0.1:0', ...args],
      { env: Object.assign({}, process.env, env), stdio: ['ignore', 'pipe', 'ignore'] });
    const rl = readline.createInterface({ input: p.stdout });
    rl.once('line', (line) => {
      const m = /^listening on (http:\/\/\S+)/.exec(line);
      if (m) resolve({ proc: p, base: m[1] });
      else reject(new Error('genbi serve did not start: ' + line));
    });
    p.once('exit', (code) => reject(new Error('genbi serve exited ' + code)));
  });
}

async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log('ok   ' + name + ' (' + (Date.now() - t0) + ' ms)');
  } catch (e) {
    failed++;
    console.log('FAIL ' + name + '\n' + (e.stack || e));
  }
}

async function ask(page, q) {
  await page.fill('#question', q);
  await page.press('#question', 'Enter');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Answered')
    || !document.getElementById('message').hidden, null, { timeout: 30000 });
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(process.env.GENBI_TEST_TMP || os.tmpdir(), 'browser-'));
  const db = path.join(tmp, 'demo.sqlite');
  execFileSync(genbi, ['demo', '--out', db]);
  const env = { GENBI_FIXES_LOG: 'off', GENBI_CACHE_DIR: path.join(tmp, 'cache') };
  const srv = await serve(['--db', db], env);
  const hash = execFileSync(genbi, ['serve', '--hash-key', KEY]).toString().trim();
  const cfg = path.join(tmp, 'keys.json');
  fs.writeFileSync(cfg, JSON.stringify({ server: { api_keys: [{ id: 'web', hash }] } }));
  const keyed = await serve(['--db', db, '--config', cfg], env);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const external = [];
  try {
    const ctx = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    page.on('request', (r) => { if (!r.url().startsWith(srv.base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) external.push(r.url()); });
    await page.goto(srv.base + '/');
    await page.waitForSelector('#db option', { state: 'attached' });

    await step('asks, streams the steps, shows the table and a drawn chart', async () => {
      await ask(page, 'Number of orders by status');
      const steps = await page.$$eval('#steps li', (li) => li.map((x) => x.textContent));
      check(steps.length >= 3, 'at least 3 steps: ' + steps);
      check(steps[0].startsWith('Tables chosen') && steps.some((s) => s.startsWith('SQL written')) && steps.some((s) => s.startsWith('Executed')), 'step labels: ' + steps);
      check(steps.every((s) => /\d+(\.\d+)? (ms|s)$/.test(s)), 'each step has its time: ' + steps);
      check(await page.$$eval('#table tbody tr', (r) => r.length) >= 3, 'table rows');
      await page.waitForSelector('#chart svg .mark-rect path, #chart svg .mark-arc path', { timeout: 15000 });
      check(await page.$$eval('#chart svg .mark-rect path, #chart svg .mark-arc path', (m) => m.length) >= 3, 'chart marks');
      const facts = await page.textContent('#facts');
      check(/Tier0 \(rules\)/.test(facts) && /Attempts1/.test(facts) && /Cost\$0/.test(facts) && /Time/.test(facts), 'facts: ' + facts);
      check((await page.textContent('#sql')).startsWith('SELECT'), 'SQL shown');
      check(await page.$$eval('#sql .kw', (k) => k.length) >= 3, 'SQL highlighted');
      await page.screenshot({ path: path.join(outDir, 'answer.png'), fullPage: true });
    });

    await step('sorts the table both ways', async () => {
      const col = await page.$$eval('#table thead th', (th) => th.length - 1);
      const values = () => page.$$eval('#table tbody tr', (rows, c) => rows.map((r) => Number(r.cells[c].textContent.replace(/,/g, ''))), col);
      await page.click('#table thead th:last-child button');
      const up = await values();
      check(up.every((v, i) => i === 0 || up[i - 1] <= v), 'ascending: ' + up);
      check(await page.getAttribute('#table thead th:last-child', 'aria-sort') === 'ascending', 'aria-sort');
      await page.click('#table thead th:last-child button');
      const down = await values();
      check(down.every((v, i) => i === 0 || down[i - 1] >= v), 'descending: ' + down);
    });

    await step('downloads the CSV with the rows of the table', async () => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
      const text = fs.readFileSync(await dl.path(), 'utf8');
      const lines = text.trim().split('\r\n');
      const rows = await page.$$eval('#table tbody tr', (r) => r.map((x) => [...x.cells].map((c) => c.textContent)));
      check(lines[0] === 'status,count', 'CSV header: ' + lines[0]);
      check(lines.length === rows.length + 1, 'CSV rows ' + lines.length + ' vs ' + rows.length);
      const total = lines.slice(1).reduce((s, l) => s + Number(l.split(',')[1]), 0);
      check(total === 20000, 'CSV counts add up to all orders: ' + total);
      check(lines[1].split(',')[0] === rows[0][0], 'CSV in the table order');
    });

    await step('edits the SQL and re-runs it', async () => {
      await page.click('#editsql');
      await page.fill('#sqledit', "SELECT status, COUNT(*) AS n FROM orders WHERE status <> 'cancelled' GROUP BY status ORDER BY n DESC");
      await page.press('#sqledit', 'Control+Enter');
      await page.waitForFunction(() => document.getElementById('facts').textContent.includes('your edited SQL'));
      const head = await page.$$eval('#table thead th', (th) => th.map((x) => x.textContent));
      check(head.join(',') === 'status,n', 'edited columns: ' + head);
      const statuses = await page.$$eval('#table tbody tr', (r) => r.map((x) => x.cells[0].textContent));
      check(!statuses.includes('cancelled') && statuses.length >= 2, 'edited rows: ' + statuses);
      await page.click('#editsql');
      await page.fill('#sqledit', 'DELETE FROM customers');
      await page.click('#runsql');
      await page.waitForSelector('#message.error');
      check(/^Refused: /.test(await page.textContent('#message')), 'edited write refused');
    });

    await step('refuses "delete all customers"', async () => {
      await ask(page, 'delete all customers');
      check(await page.getAttribute('#message', 'class') === 'message refused', 'refused class');
      check(/^Refused: /.test(await page.textContent('#message')), 'refusal text');
      check(await page.isHidden('#table-wrap'), 'no table');
      await page.screenshot({ path: path.join(outDir, 'refused.png') });
    });

    await step('says clearly when it could not answer, with the best attempt', async () => {
      await ask(page, "revenue per weekday by shipper's phone");
      const msg = await page.textContent('#message');
      check(await page.getAttribute('#message', 'class') === 'message unanswered', 'unanswered class');
      check(/^Could not answer: .*best attempt/.test(msg), 'could-not-answer text: ' + msg);
      check((await page.textContent('#sql')).startsWith('SELECT'), 'best attempt SQL shown');
    });

    await step('recalls earlier questions with the up arrow', async () => {
      await page.fill('#question', '');
      await page.focus('#question');
      await page.keyboard.press('ArrowUp');
      check(await page.inputValue('#question') === "revenue per weekday by shipper's phone", 'last question');
      await page.keyboard.press('ArrowUp');
      check(await page.inputValue('#question') === 'delete all customers', 'the one before');
    });

    await step('a shared link asks on load', async () => {
      await page.goto(srv.base + '/?q=' + encodeURIComponent('How many customers are there?'));
      await page.waitForFunction(() => document.getElementById('summary').textContent.length > 0);
      check((await page.textContent('#summary')).includes('2,500'), 'answer of the shared question');
      check(await page.inputValue('#question') === 'How many customers are there?', 'question box filled');
    });

    await step('no serious accessibility violation (axe-core)', async () => {
      await ask(page, 'Number of customers by segment');
      await page.waitForSelector('#chart svg');
      const axeCtx = await browser.newContext({ bypassCSP: true });
      const p2 = await axeCtx.newPage();
      await p2.goto(srv.base + '/?q=' + encodeURIComponent('Number of customers by segment'));
      await p2.waitForSelector('#table tbody tr');
      await p2.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const res = await p2.evaluate(() => window.axe.run());
      const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      check(bad.length === 0, 'violations: ' + JSON.stringify(bad.map((v) => [v.id, v.impact, v.nodes.length])));
      await axeCtx.close();
    });

    await step('phone-sized viewport', async () => {
      const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      const p = await phone.newPage();
      await p.goto(srv.base + '/?q=' + encodeURIComponent('Number of orders by status'));
      await p.waitForSelector('#chart svg .mark-rect path, #chart svg .mark-arc path', { timeout: 15000 });
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(overflow <= 1, 'no sideways scrolling: ' + overflow + ' px');
      const box = await p.$eval('#question', (e) => e.getBoundingClientRect().width);
      check(box > 200, 'question box fills the width: ' + box);
      await p.screenshot({ path: path.join(outDir, 'phone.png'), fullPage: true });
      await phone.close();
    });

    await step('asks for an API key when the server has keys', async () => {
      const kctx = await browser.newContext();
      const p = await kctx.newPage();
      await p.goto(keyed.base + '/');
      await p.waitForSelector('#keybox:not([hidden])');
      await p.fill('#apikey', KEY);
      await p.press('#apikey', 'Enter');
      await p.waitForSelector('#db option', { state: 'attached' });
      check(await p.isHidden('#keybox'), 'key box closed');
      const stored = await p.evaluate(() => [sessionStorage.getItem('genbi.key'), localStorage.getItem('genbi.key')]);
      check(stored[0] === KEY && stored[1] === null, 'key in session storage only');
      await ask(p, 'How many customers are there?');
      check((await p.textContent('#summary')).includes('2,500'), 'answer with the key');
      await kctx.close();
    });

    await step('nothing is loaded from anywhere but genbi', async () => {
      check(external.length === 0, 'external requests: ' + external);
    });
    await ctx.close();
  } finally {
    await browser.close();
    srv.proc.kill('SIGTERM');
    keyed.proc.kill('SIGTERM');
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(passed + ' passed, ' + failed + ' failed, 0 skipped');
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.log('FAIL browser test: ' + (e.stack || e));
  console.log(passed + ' passed, ' + (failed + 1) + ' failed, 0 skipped');
  process.exit(1);
});
