// `vetpress serve` in Chromium: an open page reloads by itself after a translation is
// saved, through the injected live-reload script (served, never written to out/).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './lib.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TIMEOUT = 180_000;

/** VETPRESS_BIN, else the release binary the runner built (cargo's target folder). */
function binary() {
  const bin =
    process.env.VETPRESS_BIN || join(process.env.CARGO_TARGET_DIR || join(repo, 'target'), 'release', 'vetpress');
  if (!existsSync(bin)) throw new Error(`no vetpress binary at ${bin}: run cargo build --release or set VETPRESS_BIN`);
  return bin;
}

/** The mini fixture with the repository's themes, in a temporary folder. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'vetpress-serve-'));
  cpSync(join(repo, 'tests', 'fixtures', 'mini'), dir, { recursive: true });
  cpSync(join(repo, 'themes'), join(dir, 'themes'), { recursive: true });
  return dir;
}

/** Start `serve`; resolves with the child and its address once the first build is done. */
function serve(dir) {
  const child = spawn(binary(), ['serve', '--project', dir, '--port', '0', '--locale', 'fi', '--edition', 'site'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), TIMEOUT);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const address = output.match(/serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (address && /^watching /m.test(output)) {
        clearTimeout(timer);
        resolve({ child, url: address[1], output: () => output });
      }
    });
  });
}

let running;
let browser;
after(async () => {
  await browser?.close();
  running?.child.kill('SIGINT');
});

test('an open page reloads after a translation is saved', { timeout: 2 * TIMEOUT }, async () => {
  const dir = project();
  running = await serve(dir);
  browser = await launch();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${running.url}site/fi/visit.html`);
  assert.equal(await page.locator('script[src="/__vetpress/livereload.js"]').count(), 1);
  await page.waitForFunction(() => document.documentElement.dataset.vetpressReload === 'on', null, {
    timeout: TIMEOUT,
  });
  await page.evaluate(() => {
    window.vetpressBeforeReload = true;
  });
  assert.ok(!(await page.textContent('main')).includes('Selain latasi'));

  const ftl = join(dir, 'locales', 'fi', 'book.ftl');
  const intro = 'visit-intro = Vierailu näyttää opiskelijoille oikeaa työtä.';
  const text = readFileSync(ftl, 'utf8');
  assert.ok(text.includes(intro));
  writeFileSync(ftl, text.replace(intro, `${intro} Selain latasi sivun uudelleen.`));

  await page.waitForFunction(
    () => !window.vetpressBeforeReload && document.querySelector('main')?.textContent.includes('Selain latasi'),
    null,
    { timeout: TIMEOUT },
  );
  const onDisk = readFileSync(join(dir, 'out', 'site', 'fi', 'visit.html'), 'utf8');
  assert.ok(onDisk.includes('Selain latasi') && !onDisk.includes('__vetpress'));
  assert.deepEqual(errors, []);
});
