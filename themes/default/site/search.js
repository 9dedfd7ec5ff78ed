/* Search for the online edition. A classic script (pages opened from file:// may not
   use modules or fetch): on first use it adds two more classic scripts, MiniSearch
   (minisearch.min.js, next to this file) and the locale's index (the form's data-index,
   next to the page), which assigns window.vetpressSearch = {locale, lang, docs}.
   All text reaches the page through textContent, never as markup. */
(function () {
  'use strict';

  /* Words of suffixing languages (Finnish, Icelandic, ...) change their endings:
     "työpaikalla", "mentorille". Without a stemmer, a long query word also matches as
     a prefix with its last ~40% cut off, ranked below exact, prefix and fuzzy matches. */
  function stem(word) {
    if (word.length < 5) return null;
    return word.slice(0, Math.max(4, Math.ceil(word.length * 0.6)));
  }

  /* Typeset text has curly apostrophes (’) where a reader types straight ones ('): both
     sides fold them, so "don't" finds "don’t". Apostrophes inside a word stay in it. */
  function fold(text) {
    return text.toLowerCase().replace(/[\u2019\u2018\u02bc\u2032`\u00b4]/g, "'");
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}\p{M}']+/u)
      .map(function (w) { return w.replace(/^'+|'+$/g, ''); })
      .filter(function (w) { return w; });
  }

  /* An indexed word with an apostrophe is found whole and by each part: "l'utiliser"
     also as "utiliser", "student's" also as "student". */
  function terms(word) {
    if (word.indexOf("'") < 0) return word;
    return [word].concat(word.split("'").filter(function (p) { return p.length > 1; }));
  }

  /* One word: itself (prefix + fuzzy) or its shortened stem as a prefix. */
  function wordQuery(word) {
    var queries = [{ queries: [word], prefix: true, fuzzy: 0.2 }];
    var s = stem(word);
    if (s) queries.push({ queries: [s], prefix: true, fuzzy: false, weights: { prefix: 0.15, fuzzy: 0 } });
    return { combineWith: 'OR', queries: queries };
  }

  function create(MiniSearch, docs) {
    var index = new MiniSearch({
      fields: ['chapter', 'section', 'text'],
      storeFields: ['page', 'anchor', 'chapter', 'section'],
      tokenize: words,
      processTerm: terms,
      // A query word is already folded and searched whole.
      searchOptions: { boost: { chapter: 3, section: 2 }, processTerm: function (w) { return w; } }
    });
    index.addAll(docs);
    return index;
  }

  /* Every word must match; if that finds nothing, any word may. */
  function search(index, query) {
    var ws = words(query);
    if (!ws.length) return [];
    var all = index.search({ combineWith: 'AND', queries: ws.map(wordQuery) });
    return all.length || ws.length === 1 ? all : index.search({ combineWith: 'OR', queries: ws.map(wordQuery) });
  }

  var core = { stem: stem, fold: fold, words: words, create: create, search: search };
  if (typeof module === 'object' && module.exports) module.exports = core;
  if (typeof document === 'undefined') return;

  var here = document.currentScript && document.currentScript.src;

  function addScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(s);
    });
  }

  function countText(form, n, lang) {
    if (n === 0) return form.dataset.none;
    var category = 'other';
    try { category = new Intl.PluralRules(lang).select(n); } catch (e) { /* unknown lang */ }
    var key = 'count' + category.charAt(0).toUpperCase() + category.slice(1);
    var label = form.dataset[key] || form.dataset.countOther;
    return label.replace('{count}', n.toLocaleString(lang));
  }

  function resultItem(hit, sep) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = hit.page + (hit.anchor ? '#' + hit.anchor : '');
    var chapter = document.createElement('span');
    chapter.className = 'search-chapter';
    chapter.textContent = hit.chapter;
    a.appendChild(chapter);
    if (hit.section) {
      a.appendChild(document.createTextNode(sep));
      var section = document.createElement('span');
      section.className = 'search-section';
      section.textContent = hit.section;
      a.appendChild(section);
    }
    li.appendChild(a);
    return li;
  }

  function setup(form) {
    var input = form.querySelector('#search-input');
    var status = form.querySelector('#search-status');
    var list = form.querySelector('#search-results');
    var lang = document.documentElement.lang || 'en';
    var index = null;
    var loading = null;
    var timer = 0;

    function load() {
      if (!loading) {
        var minisearch = here ? new URL('minisearch.min.js', here).href : '../assets/minisearch.min.js';
        loading = Promise.all([addScript(minisearch), addScript(form.dataset.index)]).then(function () {
          index = create(window.MiniSearch, window.vetpressSearch.docs);
        });
        loading.catch(function () { status.textContent = form.dataset.unavailable; });
      }
      return loading;
    }

    function clear() {
      list.replaceChildren();
      list.removeAttribute('data-query');
      status.textContent = '';
    }

    function run() {
      clearTimeout(timer);
      var query = input.value.trim();
      if (!query) return clear();
      if (!index) {
        status.textContent = form.dataset.loading;
        return load().then(run, function () {});
      }
      var hits = search(index, query);
      list.replaceChildren.apply(list, hits.map(function (hit) { return resultItem(hit, form.dataset.sep || ' '); }));
      list.setAttribute('data-query', query); // which query the list answers (tests wait on it)
      status.textContent = countText(form, hits.length, lang);
    }

    function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }

    function move(from, step) {
      var all = links();
      var i = all.indexOf(from) + step;
      if (i < 0) input.focus();
      else if (i < all.length) all[i].focus();
    }

    /* The results are a panel over the page: it closes when focus leaves the form
       and opens again when the search field gets focus back. */
    form.addEventListener('focusout', function (e) {
      if (!form.contains(e.relatedTarget)) list.hidden = true;
    });
    /* A result on this same page only scrolls: close the panel so it does not cover it. */
    list.addEventListener('click', function (e) {
      if (e.target.closest('a')) list.hidden = true;
    });
    input.addEventListener('focus', function () {
      list.hidden = false;
      load();
    });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 150);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      run();
    });
    form.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') {
        input.value = '';
        clear();
        input.focus();
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        var from = e.target === input ? null : e.target;
        if (e.key === 'ArrowUp' && !from) return;
        e.preventDefault();
        move(from, e.key === 'ArrowDown' ? 1 : -1);
      }
    });
    showWithStyle(form);
  }

  /* Show the form once its stylesheet (search.css, next to this file) has loaded, or
     failed to: the form is never left hidden. */
  function showWithStyle(form) {
    var show = function () { form.hidden = false; };
    if (!here) return show();
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('search.css', here).href;
    link.onload = show;
    link.onerror = show;
    document.head.appendChild(link);
  }

  function start() {
    var form = document.querySelector('form.search[data-index]');
    if (form) setup(form);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
