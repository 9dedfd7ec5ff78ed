// The shipped search index with the shipped client, in Node (no browser): inflected
// Finnish and Icelandic forms of a word of a method title find that method, with
// MiniSearch's prefix and fuzzy matching and no stemmer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import { site } from './lib.mjs';

const require = createRequire(import.meta.url);
const assets = join(site(), 'assets');
const MiniSearch = require(join(assets, 'minisearch.min.js'));
const client = require(join(assets, 'search.js'));

/** The documents a locale's index script assigns to window.vetpressSearch. */
function index(locale) {
  const sandbox = { window: {} };
  vm.runInNewContext(readFileSync(join(site(), locale, `search-${locale}.js`), 'utf8'), sandbox);
  const data = sandbox.window.vetpressSearch;
  assert.equal(data.locale, locale);
  return { data, index: client.create(MiniSearch, data.docs) };
}

/** The chapter title of a page, from the index itself. */
function chapterTitle(data, page) {
  const doc = data.docs.find((d) => d.page === page && d.anchor === '');
  assert.ok(doc, `no document for ${page}`);
  return doc.chapter;
}

// [locale, query, page, a word of that page's title the query inflects]
const CASES = [
  ['fi', 'työpaikkaohjaajalle', 'mentor.html', 'työpaikkaohjaajana'], // allative; title has essive
  ['fi', 'luokkahuoneessa', 'classroom.html', 'luokkahuone'], // inessive
  ['fi', 'neuvottelukunnassa', 'advisory-board.html', 'neuvottelukunnat'],
  ['is', 'leiðbeinendum', 'mentor.html', 'leiðbeinandi'], // dative plural
  ['is', 'námssamningum', 'apprenticeship.html', 'námssamningar'], // dative plural
];

for (const [locale, query, page, word] of CASES) {
  test(`${locale}: "${query}" finds ${page} first`, () => {
    const { data, index: ix } = index(locale);
    const title = chapterTitle(data, page).toLowerCase();
    assert.ok(title.includes(word), `the test's premise: "${word}" is in the title "${title}"`);
    assert.ok(!title.includes(query), `the test's premise: "${query}" is an inflected form, not in "${title}"`);
    const hits = client.search(ix, query);
    assert.ok(hits.length > 0, `no result for ${query}`);
    assert.equal(hits[0].page, page, `top hits: ${hits.slice(0, 3).map((h) => h.id).join(', ')}`);
  });
}

test('a word in no document finds nothing', () => {
  const { index: ix } = index('fi');
  assert.deepEqual(client.search(ix, 'xyzzyq'), []);
});

test('every document links to a page of its locale with a chapter title', () => {
  const { data } = index('fi');
  const ids = new Set();
  for (const d of data.docs) {
    assert.match(d.page, /^[a-z0-9_-]+\.html$/);
    assert.ok(d.chapter.length > 0, d.id);
    assert.ok(!ids.has(d.id), `duplicate ${d.id}`);
    ids.add(d.id);
  }
});

// Typography turned the text's apostrophes curly ("student’s"); readers type straight ones.
test('a straight apostrophe finds the curly one, and a word its possessive', () => {
  const { data, index: ix } = index('en');
  const doc = data.docs.find((d) => d.text.includes('student’s'));
  assert.ok(doc, 'the test\'s premise: the English text has a curly "student’s"');
  assert.ok(!data.docs.some((d) => d.text.includes("student's")), 'no straight apostrophe left');
  assert.ok(client.search(ix, "student's").some((h) => h.id === doc.id), "student's");
  assert.ok(client.search(ix, 'student’s').some((h) => h.id === doc.id), 'student’s');
  assert.deepEqual(client.words("L’utiliser, don't 'x'"), ["l'utiliser", "don't", 'x']);
});
