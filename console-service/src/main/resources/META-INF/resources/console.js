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
