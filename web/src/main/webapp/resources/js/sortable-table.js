/*
 * Sorts a table in the browser by any column: every column header of a table with the class
 * "sortable" becomes a button; a click sorts the rows by that column, ascending, and a second
 * click descending. The header says which way it is sorted (aria-sort), so screen readers
 * announce it. A cell's data-sort attribute, when present, is the value sorted on (the plain
 * number behind a Dutch-formatted one); numbers sort as numbers, text in Dutch order.
 */
(function (document) {
  "use strict";

  function valueOf(row, index) {
    var cell = row.cells[index];
    var value = cell.getAttribute("data-sort");
    return value === null ? cell.textContent.trim() : value;
  }

  function compare(a, b) {
    var x = Number(a);
    var y = Number(b);
    if (a !== "" && b !== "" && !isNaN(x) && !isNaN(y)) {
      return x - y;
    }
    return a.localeCompare(b, "nl");
  }

  function sortBy(table, index, header) {
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    Array.prototype.slice
      .call(body.rows)
      .sort(function (a, b) {
        var order = compare(valueOf(a, index), valueOf(b, index));
        return ascending ? order : -order;
      })
      .forEach(function (row) {
        body.appendChild(row);
      });
  }

  function enhance(table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (header.firstChild) {
        button.appendChild(header.firstChild);
      }
      header.appendChild(button);
      button.addEventListener("click", function () {
        sortBy(table, index, header);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), enhance);
  });
})(document);
