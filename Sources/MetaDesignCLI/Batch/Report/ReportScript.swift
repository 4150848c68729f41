/// The report's script, inlined into the page: sorting, filtering and the heatmap switches.
/// The page reads fully without it; the script only adds interaction.
enum ReportScript {
    /// The JavaScript.
    static let javascript = """
        (function () {
          "use strict";
          function cellValue(row, column, numeric) {
            var cell = row.cells[column];
            var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
            if (!numeric) return raw.toLowerCase();
            var number = parseFloat(raw);
            return isNaN(number) ? null : number;
          }
          document.querySelectorAll("table.sortable").forEach(function (table) {
            var headers = table.tHead.rows[0].cells;
            Array.prototype.forEach.call(headers, function (header, column) {
              header.addEventListener("click", function () {
                var numeric = header.getAttribute("data-type") === "num";
                var ascending = header.getAttribute("aria-sort") === "descending" ||
                  (!header.hasAttribute("aria-sort") && !numeric);
                Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
                header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = cellValue(a, column, numeric), y = cellValue(b, column, numeric);
                  if (x === y) return 0;
                  if (x === null) return 1;
                  if (y === null) return -1;
                  return (x < y ? -1 : 1) * (ascending ? 1 : -1);
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
          });
          var filter = document.getElementById("filter");
          var count = document.getElementById("filter-count");
          if (filter) {
            filter.addEventListener("input", function () {
              var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
              var rows = document.querySelectorAll("#ranking-table tbody tr"), shown = 0;
              rows.forEach(function (row) {
                var text = row.textContent.toLowerCase();
                var match = words.every(function (word) { return text.indexOf(word) >= 0; });
                row.hidden = !match;
                if (match) shown += 1;
              });
              count.textContent = words.length ? shown + " of " + rows.length + " shown" : "";
            });
          }
          var metric = null, condition = "0";
          var firstButton = document.querySelector(".segmented button");
          if (firstButton) metric = firstButton.getAttribute("data-metric");
          function showGrid() {
            document.querySelectorAll(".heatmap").forEach(function (grid) {
              grid.hidden = grid.getAttribute("data-grid") !== metric + "-" + condition;
            });
          }
          document.querySelectorAll(".segmented button").forEach(function (button) {
            button.addEventListener("click", function () {
              document.querySelectorAll(".segmented button").forEach(function (other) { other.classList.remove("active"); });
              button.classList.add("active");
              metric = button.getAttribute("data-metric");
              showGrid();
            });
          });
          var select = document.getElementById("heatmap-condition");
          if (select) select.addEventListener("change", function () { condition = select.value; showGrid(); });
        })();
        """
}
