// Progressive enhancement only: every page works without this script.
// Adds "3 days ago" next to each posting date, computed in the reader's browser so pages stay static.
(function () {
  var DAY = 86400000;
  function ago(iso) {
    var days = Math.floor((Date.now() - Date.parse(iso + "T00:00:00Z")) / DAY);
    if (isNaN(days) || days < 0) return "";
    if (days === 0) return "today";
    if (days === 1) return "yesterday";
    if (days < 30) return days + " days ago";
    if (days < 60) return "a month ago";
    if (days < 365) return Math.floor(days / 30) + " months ago";
    return days < 730 ? "a year ago" : Math.floor(days / 365) + " years ago";
  }
  document.querySelectorAll(".age time[datetime]").forEach(function (el) {
    var text = ago(el.getAttribute("datetime"));
    if (!text) return;
    var span = document.createElement("span");
    span.className = "ago";
    span.textContent = text + " · ";
    el.parentNode.insertBefore(span, el);
  });
})();
