/* ProfileGen search: offline, no service, no library. Reads the index the build wrote
   (data-index on the form), matches every word of the query against each career's title,
   common names, category and summary, and ranks title matches first. Results are built with
   textContent, never innerHTML, so nothing in the index can become markup. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-index]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[type=search]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var MAX_SHOWN = 50;
  // title > common names > category > summary: each weight is above the sum of those after it, so
  // a title match outranks any matches further down, and those only break ties.
  var WEIGHTS = [4096, 256, 16, 1];
  var STOP = { a: 1, an: 1, and: 1, the: 1, of: 1, in: 1, for: 1, to: 1, or: 1, on: 1, at: 1, by: 1, with: 1 };
  var careers = null;
  var timer = 0;

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  // "Nurses" and "nurse" are one word to a reader; drop a plural "s" (not "ss") on both sides.
  function stem(word) {
    return word.length > 3 && word.slice(-1) === "s" && word.slice(-2) !== "ss" ? word.slice(0, -1) : word;
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w && !STOP[w]; }).map(stem);
  }
  function prepare(c) {
    return {
      career: c,
      fields: [words(c.title), words((c.names || []).join(" ")), words(c.category), words(c.summary)],
      names: (c.names || []).map(function (n) { return { text: n, words: words(n) }; })
    };
  }
  // 1 for a whole word, 0.5 for the start of one ("catalog" in "cataloger").
  function quality(word, fieldWords) {
    var best = 0;
    for (var i = 0; i < fieldWords.length; i++) {
      if (fieldWords[i] === word) return 1;
      if (fieldWords[i].indexOf(word) === 0) best = 0.5;
    }
    return best;
  }
  function rank(entry, query) {
    var score = 0, matched = 0;
    query.forEach(function (word) {
      var found = 0;
      for (var f = 0; f < entry.fields.length; f++) found += WEIGHTS[f] * quality(word, entry.fields[f]);
      if (found > 0) { matched++; score += found; }
    });
    return { entry: entry, score: score, matched: matched };
  }
  function search(text) {
    var query = words(text).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (query.length === 0) return null;
    var hits = careers.map(function (e) { return rank(e, query); }).filter(function (h) { return h.matched > 0; });
    var best = hits.reduce(function (m, h) { return Math.max(m, h.matched); }, 0);
    hits = hits.filter(function (h) { return h.matched === best; });
    // Equal scores: the shorter title is the more specific career ("Registered Nurses" before
    // "Nurse Anesthetists, Nurse Midwives, and Nurse Practitioners"), then A–Z.
    hits.sort(function (a, b) {
      var x = a.entry.career.title, y = b.entry.career.title;
      return b.score - a.score || x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
    });
    return { hits: hits, query: query, complete: best === query.length };
  }
  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }
  function show(text) {
    list.textContent = "";
    if (!text.trim()) { status.textContent = ""; return; }
    var result = search(text);
    if (!result || result.hits.length === 0) {
      status.textContent = "No careers found for “" + text.trim() + "”. Try fewer or other words.";
      return;
    }
    result.hits.slice(0, MAX_SHOWN).forEach(function (hit) {
      var c = hit.entry.career;
      var item = element("li", "search-result");
      var link = element("a", "search-title", c.title);
      link.href = c.url;
      item.appendChild(link);
      item.appendChild(element("p", "search-meta", c.category + (c.wage ? " · Median wage " + c.wage : "")));
      // Say which common names matched the words the title does not have ("Cataloger" for "catalog").
      var missing = result.query.filter(function (w) { return quality(w, hit.entry.fields[0]) === 0; });
      var also = hit.entry.names.filter(function (n) {
        return missing.some(function (w) { return quality(w, n.words) > 0; });
      }).map(function (n) { return n.text; });
      if (also.length) item.appendChild(element("p", "search-also", "Also called: " + also.join(", ")));
      if (c.summary) item.appendChild(element("p", "search-summary", c.summary));
      list.appendChild(item);
    });
    var n = result.hits.length;
    var message = n + (n === 1 ? " career" : " careers") + " found for “" + text.trim() + "”";
    if (!result.complete) message += ", matching some of the words";
    if (n > MAX_SHOWN) message += "; showing the first " + MAX_SHOWN;
    status.textContent = message + ".";
  }
  function run() {
    if (careers) show(input.value);
  }
  function remember() {
    var url = new URL(window.location.href);
    if (input.value.trim()) url.searchParams.set("q", input.value.trim()); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    remember();
    run();
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    // A pause before searching, so a screen reader hears the count once typing stops, not at every key.
    timer = setTimeout(function () { remember(); run(); }, 250);
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) input.value = initial;
  fetch(form.getAttribute("data-index"))
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(function (index) {
      careers = index.careers.map(prepare);
      run();
    })
    .catch(function () {
      status.textContent = "Search could not load its index. Every career is listed in the A–Z index.";
    });
})();
