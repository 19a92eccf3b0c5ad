// briefgen search: filters the index in assets/search-index.js (loaded by a script tag, so it works from file://).
// Without JavaScript the page still lists every source.
(function () {
  "use strict";
  var index = window.BRIEFGEN_SEARCH || [];
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!form || !input || !list) { return; }
  form.hidden = false;
  var root = document.documentElement.getAttribute("data-root") || "../";
  function normalize(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  var prepared = index.map(function (entry) {
    return { entry: entry, haystack: normalize(entry.title + " " + entry.text + " " + entry.kind) };
  });
  function render(query) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var words = normalize(query).split(/\s+/).filter(Boolean);
    if (!words.length) { status.textContent = ""; return; }
    var hits = prepared.filter(function (p) {
      return words.every(function (w) { return p.haystack.indexOf(w) !== -1; });
    }).slice(0, 100);
    hits.forEach(function (p) {
      var item = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = p.entry.kind;
      var link = document.createElement("a");
      link.href = root + p.entry.url;
      link.textContent = p.entry.title;
      var text = document.createElement("p");
      text.textContent = p.entry.text;
      item.appendChild(kind);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(link);
      item.appendChild(text);
      list.appendChild(item);
    });
    status.textContent = hits.length === 100 ? "Showing the first 100 results." : hits.length + " result" + (hits.length === 1 ? "" : "s") + ".";
  }
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); }
  input.addEventListener("input", function () { render(input.value); });
  form.addEventListener("submit", function (event) { event.preventDefault(); render(input.value); });
  render(input.value);
}());
