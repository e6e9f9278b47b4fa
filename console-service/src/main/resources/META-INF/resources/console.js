// Follows the console's server-sent events: refreshes the job list's rows, reloads an unfinished job's page when
// the job changes, and shows or hides the broker banner.
(function () {
  "use strict";
  var table = document.querySelector("table[data-live]");
  var head = document.querySelector(".job-head");
  var banner = document.getElementById("broker-down");
  var pending = false;

  function refreshRows() {
    if (pending) { return; }
    pending = true;
    setTimeout(function () {
      fetch(table.getAttribute("data-live"), { headers: { "Accept": "text/html" } })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) { if (html !== null) { document.getElementById("rows").innerHTML = html; } })
        .finally(function () { pending = false; });
    }, 250);
  }

  function onChange(change) {
    if (change === "broker up" || change === "broker down") {
      if (banner) { banner.classList.toggle("hidden", change === "broker up"); }
      return;
    }
    if (change.indexOf("job ") !== 0) { return; }
    var id = change.substring(4);
    if (table) {
      refreshRows();
    } else if (head && head.getAttribute("data-job") === id) {
      if (pending) { return; }
      pending = true;
      setTimeout(function () { window.location.reload(); }, 500);
    }
  }

  // A replay just sent may end before this page's event stream opens, and its change would be missed: until the
  // page shows that attempt ended, look again every two seconds.
  var notice = document.querySelector("#replay-notice code");
  if (head && notice) {
    var attempt = notice.textContent;
    var ended = Array.prototype.some.call(document.querySelectorAll("#replays tr.replay"), function (row) {
      return row.textContent.indexOf(attempt) >= 0
          && (row.classList.contains("succeeded") || row.classList.contains("failed"));
    });
    if (!ended) { setTimeout(function () { window.location.reload(); }, 2000); }
  }

  // EventSource reconnects by itself; a page that lost the console reloads once it is back, to show the present.
  var lost = false;
  var source = new EventSource("/updates");
  source.onmessage = function (e) { onChange(e.data); };
  source.onerror = function () {
    lost = true;
    if (banner) { banner.textContent = "The console cannot be reached; retrying..."; banner.classList.remove("hidden"); }
  };
  source.onopen = function () {
    if (lost) { window.location.reload(); } else if (table) { refreshRows(); }
  };
})();
