// The Arabic fixture's site in Chromium: the page, its table and its callout lay out
// from the right; the English pages of the same site stay left to right.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site, url, watchErrors } from './lib.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Where the practice page puts things, in the page's own coordinates. */
async function layout(locale) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(url(site('VETPRESS_RTL_SITE'), `${locale}/practice.html`));
  const found = await page.evaluate(() => {
    const box = (el) => el.getBoundingClientRect();
    const main = box(document.querySelector('main'));
    // The heading's text, not its block (which spans the column).
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('main h1'));
    const h1 = range.getBoundingClientRect();
    const heads = [...document.querySelectorAll('main table th')].map(box);
    const callout = getComputedStyle(document.querySelector('main .callout'));
    const item = document.querySelector('main ol li');
    return {
      dir: getComputedStyle(document.documentElement).direction,
      // Gap between the heading and the main column's right and left edges.
      h1Right: main.right - h1.right,
      h1Left: h1.left - main.left,
      firstColumnRightOfLast: heads[0].left > heads[heads.length - 1].left,
      barRight: parseFloat(callout.borderRightWidth),
      barLeft: parseFloat(callout.borderLeftWidth),
      listDir: getComputedStyle(item).direction,
    };
  });
  await page.close();
  assert.deepEqual(errors, []);
  return found;
}

test('the Arabic pages lay out from the right', async () => {
  const ar = await layout('ar');
  assert.equal(ar.dir, 'rtl');
  assert.equal(ar.listDir, 'rtl');
  assert.ok(ar.h1Right < ar.h1Left, `heading hugs the right edge: ${JSON.stringify(ar)}`);
  assert.ok(ar.firstColumnRightOfLast, 'the first table column is on the right');
  assert.ok(ar.barRight > 0 && ar.barLeft === 0, `the callout bar is on the right: ${JSON.stringify(ar)}`);
});

test('the English pages of the same site stay left to right', async () => {
  const en = await layout('en');
  assert.equal(en.dir, 'ltr');
  assert.ok(en.h1Left < en.h1Right, `heading hugs the left edge: ${JSON.stringify(en)}`);
  assert.ok(!en.firstColumnRightOfLast, 'the first table column is on the left');
  assert.ok(en.barLeft > 0 && en.barRight === 0, `the callout bar is on the left: ${JSON.stringify(en)}`);
});
