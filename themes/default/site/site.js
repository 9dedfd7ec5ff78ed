/* vetpress site: checklist ticks kept in localStorage, with a toolbar per checklists block
   (clear, print my checklist, save to / load from a JSON file). A classic script, so it
   runs from file:// too. It holds no interface text: every label comes from the page's
   data-label-* attributes. Without it the page still reads and prints; ticks just are
   not kept. */
(function () {
  "use strict";

  var PREFIX = "vetpress:";
  var body = document.body;
  var book = body.getAttribute("data-book") || "";

  function storage() {
    try {
      var s = window.localStorage;
      s.getItem(PREFIX);
      return s;
    } catch (e) {
      return null;
    }
  }
  var store = storage();
  if (!book || !store) {
    return;
  }

  function boxes(root) {
    return Array.prototype.slice.call((root || document).querySelectorAll("input[type=checkbox][data-key]"));
  }

  function restore() {
    boxes().forEach(function (box) {
      box.checked = store.getItem(PREFIX + box.getAttribute("data-key")) === "1";
    });
  }

  function save(key, ticked) {
    if (ticked) {
      store.setItem(PREFIX + key, "1");
    } else {
      store.removeItem(PREFIX + key);
    }
    // The same item may appear twice on a page: keep every copy in step.
    boxes().forEach(function (b) {
      if (b.getAttribute("data-key") === key) {
        b.checked = ticked;
      }
    });
  }

  /* Every ticked item of this book, as "<chapter>/<role>/<item>", sorted. */
  function tickedOfBook() {
    var own = PREFIX + book + "/";
    var out = [];
    for (var i = 0; i < store.length; i++) {
      var k = store.key(i);
      if (k && k.indexOf(own) === 0 && store.getItem(k) === "1") {
        out.push(k.slice(own.length));
      }
    }
    return out.sort();
  }

  function labelled(el, section, name) {
    el.textContent = section.getAttribute("data-label-" + name) || "";
    var lang = section.getAttribute("data-lang-" + name);
    if (lang) {
      el.setAttribute("lang", lang);
    }
    return el;
  }

  function button(section, name) {
    var b = labelled(document.createElement("button"), section, name);
    b.type = "button";
    b.setAttribute("data-action", name);
    return b;
  }

  function exportTicks() {
    var data = JSON.stringify({ book: book, format: 1, ticked: tickedOfBook() }, null, 2) + "\n";
    var url = URL.createObjectURL(new Blob([data], { type: "application/json" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = book + "-checklists.json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 0);
  }

  /* Replace this book's ticks with exactly those of the file. */
  function importTicks(text) {
    var data = JSON.parse(text);
    var ok = data && data.book === book && data.format === 1 && Array.isArray(data.ticked) &&
      data.ticked.every(function (t) { return typeof t === "string"; });
    if (!ok) {
      return false;
    }
    tickedOfBook().forEach(function (t) { store.removeItem(PREFIX + book + "/" + t); });
    data.ticked.forEach(function (t) { store.setItem(PREFIX + book + "/" + t, "1"); });
    restore();
    return true;
  }

  function printSection(section) {
    body.classList.add("print-checklist");
    section.classList.add("print-target");
    var done = function () {
      body.classList.remove("print-checklist");
      section.classList.remove("print-target");
      window.removeEventListener("afterprint", done);
    };
    window.addEventListener("afterprint", done);
    window.print();
  }

  var imports = 0;
  function toolbar(section) {
    var bar = document.createElement("div");
    bar.className = "checklist-toolbar";
    var status = document.createElement("p");
    status.className = "checklist-status";
    status.setAttribute("role", "status");
    var note = labelled(document.createElement("p"), section, "note");
    note.className = "checklist-note";

    var reset = button(section, "reset");
    reset.addEventListener("click", function () {
      boxes(section).forEach(function (b) { save(b.getAttribute("data-key"), false); });
    });
    var print = button(section, "print");
    print.addEventListener("click", function () { printSection(section); });
    var exp = button(section, "export");
    exp.addEventListener("click", exportTicks);

    imports += 1;
    var input = document.createElement("input");
    input.type = "file";
    input.id = "checklist-import-" + imports;
    input.accept = "application/json,.json";
    input.setAttribute("data-action", "import");
    var label = labelled(document.createElement("label"), section, "import");
    label.htmlFor = input.id;
    label.className = "import-label";
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file) {
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        var ok = false;
        try {
          ok = importTicks(String(reader.result));
        } catch (e) {
          ok = false;
        }
        if (ok) {
          status.textContent = "";
        } else {
          labelled(status, section, "import-error");
        }
        input.value = "";
      };
      reader.readAsText(file);
    });

    [reset, print, exp, input, label].forEach(function (el) { bar.appendChild(el); });
    var heading = section.querySelector("h2, h3, h4, h5, h6");
    var after = heading ? heading.nextSibling : section.firstChild;
    section.insertBefore(note, after);
    section.insertBefore(bar, after);
    section.insertBefore(status, after);
  }

  restore();
  body.addEventListener("change", function (e) {
    var t = e.target;
    if (t && t.matches && t.matches("input[type=checkbox][data-key]")) {
      save(t.getAttribute("data-key"), t.checked);
    }
  });
  Array.prototype.slice.call(document.querySelectorAll("section.checklists")).forEach(toolbar);
  // Another tab (or another language's page) changed the ticks.
  window.addEventListener("storage", restore);
  // Coming back through the history shows the page from the cache: re-read.
  window.addEventListener("pageshow", restore);
})();
