// Sortable career tables: progressive enhancement. Without this script the table reads as it is
// (in title order); with it, each column header becomes a button that sorts by that column.
// Numbers sort by their data-value (hourly wages count as 2,080 hours a year); "–" (no figure) sorts last.
(function () {
  "use strict";
  function cellValue(row, index) {
    var cell = row.children[index];
    var raw = cell.getAttribute("data-value");
    if (raw !== null) return raw === "" ? null : parseFloat(raw);
    return cell.textContent.trim().toLowerCase();
  }
  function compare(a, b, direction) {
    if (a === null && b === null) return 0;
    if (a === null) return 1;          // missing figures last, whichever the direction
    if (b === null) return -1;
    if (typeof a === "number" && typeof b === "number") return (a - b) * direction;
    return String(a).localeCompare(String(b)) * direction;
  }
  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    var body = table.tBodies[0];
    if (!body) return;
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        var direction = ascending ? 1 : -1;
        var rows = Array.prototype.slice.call(body.rows);
        rows.forEach(function (row, i) { row.setAttribute("data-order", i); });
        rows.sort(function (r1, r2) {
          return compare(cellValue(r1, index), cellValue(r2, index), direction) ||
            (r1.getAttribute("data-order") - r2.getAttribute("data-order"));
        });
        rows.forEach(function (row) { body.appendChild(row); });
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), makeSortable);
})();
