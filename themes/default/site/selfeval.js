/* Scores the self-evaluation forms of a page (render/site/selfeval.rs) in the browser.
 * A classic script: it works from file:// and holds no text; every word it shows comes
 * from the page (data attributes and the visible lists of recommended methods).
 *
 * Scoring rule (docs/source-format.md, the same as SelfEvaluation::level_for in Rust):
 * levels in page order; the result is the first level whose questions score below
 * `data-threshold` percent of their maximum; if none does, the last level. */
(function () {
  "use strict";

  /* Points of a question's checked answer, its best answer, and whether it is answered. */
  function question(fieldset) {
    var radios = fieldset.querySelectorAll('input[type="radio"]');
    var best = 0, points = 0, answered = false;
    for (var i = 0; i < radios.length; i++) {
      var p = parseInt(radios[i].getAttribute("data-points"), 10) || 0;
      if (p > best) { best = p; }
      if (radios[i].checked) { points = p; answered = true; }
    }
    return { best: best, points: points, answered: answered };
  }

  /* Level keys in page order, each with its score and maximum; the unanswered fieldsets. */
  function tally(form) {
    var levels = [], byKey = {}, open = [];
    var sets = form.querySelectorAll("fieldset[data-question]");
    for (var i = 0; i < sets.length; i++) {
      var key = sets[i].getAttribute("data-level");
      if (!byKey[key]) { byKey[key] = { key: key, score: 0, max: 0 }; levels.push(byKey[key]); }
      var q = question(sets[i]);
      byKey[key].score += q.points;
      byKey[key].max += q.best;
      if (!q.answered) { open.push(sets[i]); }
    }
    return { levels: levels, open: open };
  }

  /* The scoring rule. */
  function resultLevel(levels, threshold) {
    for (var i = 0; i < levels.length; i++) {
      if (levels[i].score * 100 < threshold * levels[i].max) { return levels[i].key; }
    }
    return levels.length ? levels[levels.length - 1].key : null;
  }

  function paragraph(text) {
    var p = document.createElement("p");
    p.textContent = text;
    return p;
  }

  function show(form, region, key) {
    var label = form.querySelector('[data-methods-label="' + key + '"]');
    var list = form.querySelector('ul[data-methods-level="' + key + '"]');
    var level = document.createElement("p");
    level.setAttribute("data-result-level", key);
    level.className = "self-evaluation-level-result";
    level.appendChild(document.createTextNode(form.getAttribute("data-result") + " "));
    var strong = document.createElement("strong");
    strong.textContent = label ? label.textContent : key;
    level.appendChild(strong);
    region.textContent = "";
    region.appendChild(level);
    if (list) {
      var copy = list.cloneNode(true);
      copy.removeAttribute("data-methods-level");
      region.appendChild(paragraph(form.getAttribute("data-methods")));
      region.appendChild(copy);
    }
  }

  function score(form, region) {
    var t = tally(form);
    if (t.open.length) {
      region.textContent = "";
      region.appendChild(paragraph(form.getAttribute("data-incomplete")));
      var first = t.open[0].querySelector("input");
      if (first) { first.focus(); }
      return;
    }
    for (var i = 0; i < t.levels.length; i++) {
      var output = form.querySelector('output[data-score-level="' + t.levels[i].key + '"]');
      if (output) { output.textContent = String(t.levels[i].score); }
    }
    var threshold = parseInt(form.getAttribute("data-threshold"), 10) || 0;
    var key = resultLevel(t.levels, threshold);
    if (key) { show(form, region, key); }
  }

  function init(form) {
    var button = form.querySelector('button[type="submit"]');
    var region = form.querySelector(".self-evaluation-result");
    if (!button || !region) { return; }
    button.hidden = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      score(form, region);
    });
  }

  function start() {
    var forms = document.querySelectorAll("form.self-evaluation");
    for (var i = 0; i < forms.length; i++) { init(forms[i]); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
