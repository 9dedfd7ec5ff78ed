// The hostile fixture's site: text that looks like markup or script shows literally on
// every page and in search results, and nothing it contains ever runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { hostileSite, launch, pages, url, watchErrors } from './lib.mjs';

const TITLE = 'Title <script>window.pwned=1</script> end';
const CODE = '<img src=x onerror="window.pwned=2">';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Nothing injected: no global set, no element made from the hostile text. */
async function clean(page, where) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(100); // an onerror of a broken image would fire by now
  assert.equal(await page.evaluate(() => typeof window.pwned), 'undefined', `window.pwned set on ${where}`);
  const injected = await page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"], [onerror], [onload]').length,
    script: [...document.scripts].filter((s) => s.textContent.includes('pwned')).length,
  }));
  assert.deepEqual(injected, { img: 0, script: 0 }, `injected elements on ${where}`);
}

test('every page shows nothing run from the hostile text', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  for (const rel of pages(hostileSite())) {
    await page.goto(url(hostileSite(), rel));
    await clean(page, rel);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

for (const locale of ['en', 'fi']) {
  test(`the hostile chapter reads literally (${locale})`, async () => {
    const page = await browser.newPage();
    await page.goto(url(hostileSite(), `${locale}/pwned.html`));
    await clean(page, `${locale}/pwned.html`);
    assert.equal((await page.locator('main h1').textContent()).trim(), TITLE);
    if (locale === 'fi') {
      assert.equal(await page.locator('main h1').getAttribute('lang'), 'en', 'fallback text is marked English');
      assert.equal(await page.locator('.fallback-notice').count(), 1, 'the page says it falls back');
    }
    assert.ok((await page.title()).includes(TITLE), 'the document title');
    const code = await page.locator('main code').allTextContents();
    assert.ok(code.includes(CODE), `code spans: ${JSON.stringify(code)}`);
    const main = await page.locator('main').textContent();
    // Prose quotes are typeset (curly); the markup-like text around them stays literal.
    for (const s of ['“><img src=x onerror=”window.pwned=3”> and </title> & {{ lang }}', 'Tip <svg onload=”window.pwned=5”> here', '{{ book.id }}', '</label><script>window.pwned=6</script>']) {
      assert.ok(main.includes(s), `main shows ${s}`);
    }
    const contents = await browser.newPage();
    await contents.goto(url(hostileSite(), `${locale}/index.html`));
    await clean(contents, `${locale}/index.html`);
    assert.ok((await contents.locator('main').textContent()).includes(TITLE), 'the contents list the title literally');
    await contents.close();
    await page.close();
  });
}

test('search results show hostile titles literally and run nothing', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(url(hostileSite(), 'en/pwned.html'));
  await page.fill('#search-input', 'pwned');
  await page.locator('#search-results[data-query="pwned"]').waitFor({ state: 'attached' });
  const texts = await page.locator('#search-results li a').allTextContents();
  assert.ok(texts.some((t) => t.includes(TITLE)), `results: ${JSON.stringify(texts)}`);
  assert.ok(texts.some((t) => t.includes('Tip <svg onload=”window.pwned=5”> here')), 'a callout title as a section');
  await clean(page, 'search results');
  assert.deepEqual(errors, []);
  await page.close();
});
