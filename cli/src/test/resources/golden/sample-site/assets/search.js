/* Broadsheet's search page: runs the query in the address (?q=) and each one typed, through
   search-worker.js, and lists the results. The query stays in the address, so a search can be
   shared or bookmarked. The page's texts, in its language, come from the data-* attributes of
   #search; this script holds no words of its own. */
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root) {
    return;
  }
  var text = root.dataset;
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var title = document.title;
  var PAGE = 20; /* results listed at first, and added by each click on "More results" */
  var ready = false;
  var current = "";
  var timer = 0;

  function say(message) {
    status.textContent = message;
    status.hidden = !message;
  }

  if (!window.Worker || !window.fetch) {
    say(text.error);
    return;
  }

  /* "{0} results" in the form CLDR's plural rules give the count in the page's language (the same
     rules the build used for data-count-one, data-count-few, ...); "other" where a form is missing */
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(text.lang) : null;
  var numbers = window.Intl ? new Intl.NumberFormat(text.lang) : null; /* made once: a slow constructor */

  function count(n) {
    if (n === 0) {
      return text.none.replace("{0}", current);
    }
    var category = plurals ? plurals.select(n) : "other";
    var form = text["count" + category.charAt(0).toUpperCase() + category.slice(1)] || text.countOther;
    return form.replace("{0}", numbers ? numbers.format(n) : String(n));
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (content) {
      node.textContent = content;
    }
    return node;
  }

  function item(result) {
    var li = element("li", "card search-result" + (result.image ? " has-image" : ""));
    if (result.section) {
      li.appendChild(element("p", "kicker", result.section));
    }
    var heading = element("h2", "card-title");
    var link = element("a", "", result.title);
    link.href = result.url;
    heading.appendChild(link);
    li.appendChild(heading);
    if (result.summary) {
      li.appendChild(element("p", "card-summary", result.summary));
    }
    var meta = element("p", "card-meta");
    var time = element("time", "", result.date);
    time.dateTime = result.time;
    meta.appendChild(time);
    li.appendChild(meta);
    if (result.image) { /* the lead image's thumbnail, as the cards of the listings show it */
      var figure = element("figure", "card-image");
      var img = element("img");
      img.loading = "lazy"; /* before src: an image given its source first starts loading at once */
      img.decoding = "async";
      img.alt = result.alt || "";
      if (result.width > 0) {
        img.width = result.width;
        img.height = result.height;
      }
      img.src = result.image;
      figure.appendChild(img);
      li.appendChild(figure);
    }
    return li;
  }

  function ask(from) {
    worker.postMessage({type: "query", q: current, from: from, count: PAGE});
  }

  /* A page of results: the first replaces the list, the next ones ("More results") add to it. */
  function show(message) {
    if (message.from === 0) {
      list.textContent = "";
      /* results from the newest articles only, while the worker indexes the rest */
      say(count(message.total) + (message.complete ? "" : " · " + text.loading));
    } else if (message.from !== list.children.length) {
      return;
    }
    var fragment = document.createDocumentFragment();
    message.items.forEach(function (result) {
      fragment.appendChild(item(result));
    });
    list.appendChild(fragment);
    more.hidden = list.children.length >= message.total;
    more.disabled = false;
  }

  /* Keeps the query in the address without adding a history entry per key typed. */
  function remember(q) {
    var url = new URL(window.location.href);
    if (q) {
      url.searchParams.set("q", q);
    } else {
      url.searchParams.delete("q");
    }
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    document.title = q ? q + " – " + title : title;
  }

  function run() {
    current = input.value.trim();
    remember(current);
    if (current.length < 2) {
      list.textContent = "";
      more.hidden = true;
      say(text.hint);
    } else if (!ready) {
      say(text.loading);
    } else {
      ask(0);
    }
  }

  var worker = new Worker(text.worker);
  worker.onmessage = function (event) {
    var message = event.data;
    if (message.type === "ready") {
      ready = true;
      run(); /* the query typed so far, now from the newest articles or, later, from all */
    } else if (message.type === "results" && message.q === current) {
      show(message);
    } else if (message.type === "error") {
      say(text.error);
      if (window.console) {
        console.error("search: " + message.message);
      }
    }
  };
  worker.onerror = function () {
    say(text.error);
  };
  worker.postMessage({type: "load", index: text.index});

  input.value = new URLSearchParams(window.location.search).get("q") || "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  more.addEventListener("click", function () {
    more.disabled = true;
    ask(list.children.length);
  });
  run();
})();
