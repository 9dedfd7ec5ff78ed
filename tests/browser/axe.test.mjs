// axe-core on every page of every locale of the shipped site: 0 violations of any
// impact, also with search results and a self-evaluation result showing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, locales, pages, site, url, watchErrors } from './lib.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser;
let page;
let errors;
before(async () => {
  browser = await launch();
  page = await browser.newPage();
  errors = watchErrors(page);
});
after(async () => {
  await browser?.close();
});

/** axe's violations on the page as it is now, one readable line per element. */
async function violations() {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'], preload: false });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`) }));
  });
  return found.flatMap((v) => v.nodes.map((n) => `[${v.impact}] ${v.id} (${v.help}) ${n}`));
}

async function check(rels) {
  const report = [];
  for (const rel of rels) {
    await page.goto(url(site(), rel));
    for (const line of await violations()) report.push(`${rel}: ${line}`);
  }
  assert.deepEqual(report, [], `axe violations:\n${report.join('\n')}`);
  assert.deepEqual(errors.splice(0), [], 'no script errors');
}

test('axe is live: it reports a planted image without alt text', async () => {
  await page.goto(url(site(), 'index.html'));
  await page.evaluate(() => document.querySelector('main').append(Object.assign(document.createElement('img'), { src: 'data:,' })));
  const report = await violations();
  assert.ok(report.some((line) => line.includes('image-alt')), `axe found: ${report.join('\n')}`);
});

test('the language chooser has no axe violations', () => check(['index.html']));

for (const locale of locales(site())) {
  test(`every ${locale} page has no axe violations`, () => check(pages(site()).filter((p) => p.startsWith(`${locale}/`))));
}

test('search results and the self-evaluation result have no axe violations', async () => {
  await page.goto(url(site(), 'fi/mentor.html'));
  await page.fill('#search-input', 'työpaikalla');
  await page.locator('#search-results[data-query="työpaikalla"] li a').first().waitFor();
  const report = await violations();
  await page.goto(url(site(), 'en/getting-started.html'));
  for (const name of await page.locator('form.self-evaluation input[type="radio"]').evaluateAll((rs) => [...new Set(rs.map((r) => r.name))])) {
    await page.locator(`input[name="${name}"]`).first().check();
  }
  await page.locator('form.self-evaluation button[type="submit"]').click();
  await page.locator('.self-evaluation-result [data-result-level]').waitFor();
  report.push(...(await violations()));
  assert.deepEqual(report, [], `axe violations:\n${report.join('\n')}`);
});
