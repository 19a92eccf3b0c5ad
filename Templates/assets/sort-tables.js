// briefgen: makes the figures tables sortable by clicking a column header (progressive enhancement;
// without JavaScript the tables keep their order: by category, then as in the sources).
(function () {
  "use strict";
  function key(cell) {
    var sort = cell.getAttribute("data-sort");
    if (sort !== null) { return { number: parseFloat(sort), text: sort }; }
    return { number: NaN, text: (cell.textContent || "").trim().toLowerCase() };
  }
  Array.prototype.forEach.call(document.querySelectorAll("table"), function (table) {
    var body = table.tBodies[0];
    if (!body || !table.tHead) { return; }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[column]), y = key(b.cells[column]);
          var order = (!isNaN(x.number) && !isNaN(y.number)) ? x.number - y.number : x.text.localeCompare(y.text);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
}());
