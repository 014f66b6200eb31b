// Search and filters on the home page, on Pagefind's static index (built by `jobboard build`).
// Progressive enhancement: without JavaScript the box stays hidden and the listing works as is.
// Results are built with textContent only, so nothing from the index is ever parsed as HTML.
(function () {
  "use strict";
  var root = document.getElementById("search");
  var listing = document.getElementById("listing");
  if (!root || !listing) return;
  var input = root.querySelector("#search-input");
  var sort = root.querySelector("#search-sort");
  var filtersBox = root.querySelector(".search-filters");
  var status = root.querySelector(".search-status");
  var results = root.querySelector(".search-results");
  var LABELS = { tag: "Skills", city: "Cities", company: "Companies", remote: "Remote", type: "Type" };
  var ORDER = ["tag", "city", "company", "remote", "type"];
  var pagefind = null;
  var selects = {};
  var generation = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function buildFilters(filters) {
    ORDER.forEach(function (key) {
      var values = filters[key];
      if (!values || !Object.keys(values).length) return;
      var label = el("label", "search-filter");
      label.appendChild(el("span", "visually-hidden", LABELS[key]));
      var select = el("select");
      select.name = key;
      select.appendChild(new Option("All " + LABELS[key].toLowerCase(), ""));
      Object.keys(values).sort(function (a, b) { return values[b] - values[a] || a.localeCompare(b); })
        .forEach(function (value) { select.appendChild(new Option(value + " (" + values[value] + ")", value)); });
      select.addEventListener("change", run);
      label.appendChild(select);
      filtersBox.appendChild(label);
      selects[key] = select;
    });
    var clear = el("button", "search-clear", "Clear");
    clear.type = "button";
    clear.addEventListener("click", function () {
      input.value = "";
      Object.keys(selects).forEach(function (key) { selects[key].value = ""; });
      run();
      input.focus();
    });
    filtersBox.appendChild(clear);
  }

  function chosenFilters() {
    var chosen = {};
    Object.keys(selects).forEach(function (key) {
      if (selects[key].value) chosen[key] = [selects[key].value];
    });
    return chosen;
  }

  function row(data) {
    var item = el("li", "job");
    var main = el("div", "job-main");
    var title = el("h2", "job-title");
    var link = el("a", null, data.meta.title || data.url);
    link.href = data.url;
    title.appendChild(link);
    main.appendChild(title);
    var meta = el("p", "job-meta");
    if (data.meta.company) meta.appendChild(el("span", "job-company", data.meta.company));
    if (data.meta.where) meta.appendChild(el("span", "job-where", data.meta.where));
    main.appendChild(meta);
    var tags = (data.filters && data.filters.tag) || [];
    if (tags.length) {
      var chips = el("ul", "chips");
      tags.slice(0, 4).forEach(function (tag) { chips.appendChild(el("li", "chip", tag)); });
      main.appendChild(chips);
    }
    item.appendChild(main);
    var side = el("div", "job-side");
    if (data.meta.salary) side.appendChild(el("p", "salary", data.meta.salary));
    if (data.meta.posted) side.appendChild(el("p", "age", data.meta.posted));
    item.appendChild(side);
    return item;
  }

  // The search is kept in the address (?q=kafka&city=Berlin&sort=date), so Back from a posting,
  // a reload or a shared link shows the same results.
  var OURS = ["q", "sort"].concat(ORDER);

  function remember(term, filters) {
    var params = new URLSearchParams(location.search);  // others' parameters (utm_source, ...) stay
    OURS.forEach(function (key) { params.delete(key); });
    if (term) params.set("q", term);
    Object.keys(filters).forEach(function (key) { params.set(key, filters[key][0]); });
    if (sort.value !== "relevance") params.set("sort", sort.value);
    var query = params.toString();
    history.replaceState(history.state, "", (query ? "?" + query : location.pathname) + location.hash);
  }

  function restore() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    Object.keys(selects).forEach(function (key) {
      var value = params.get(key);
      if (value && Array.prototype.some.call(selects[key].options, function (o) { return o.value === value; })) {
        selects[key].value = value;
      }
    });
    if (params.get("sort") === "date") sort.value = "date";
  }

  function run() {
    var term = input.value.trim();
    var filters = chosenFilters();
    var active = term || Object.keys(filters).length;
    remember(term, filters);
    listing.hidden = !!active;
    results.textContent = "";
    status.textContent = "";
    if (!active) return;
    var mine = ++generation;
    var options = { filters: filters };
    if (sort.value === "date" || !term) options.sort = { date: "desc" };
    pagefind.debouncedSearch(term || null, options, 200).then(function (search) {
      if (!search || mine !== generation) return null;
      return Promise.all(search.results.slice(0, 50).map(function (r) { return r.data(); })).then(function (all) {
        if (mine !== generation) return;
        var count = search.results.length;
        status.textContent = count === 0 ? "No jobs match." : count + (count === 1 ? " job" : " jobs") +
          (count > 50 ? ", showing the first 50" : "");
        all.forEach(function (data) { results.appendChild(row(data)); });
      });
    });
  }

  import(root.getAttribute("data-bundle") + "pagefind.js").then(function (module) {
    pagefind = module;
    return pagefind.options({ baseUrl: document.querySelector(".brand").getAttribute("href") })
      .then(function () { return pagefind.filters(); });
  }).then(function (filters) {
    buildFilters(filters || {});
    root.hidden = false;
    input.addEventListener("input", run);
    sort.addEventListener("change", run);
    restore();
    var params = new URLSearchParams(location.search);
    if (OURS.some(function (key) { return params.has(key); })) run();
  }).catch(function () { /* no index: the listing alone still works */ });
})();
