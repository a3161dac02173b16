/* Broadsheet's search worker: loads the search library (Lunr) and an edition's search index,
   builds the index away from the page, so typing never waits for it, and answers queries. On a
   large site it indexes the newest articles first, answers from them at once, and goes on with
   the rest between queries.
   Messages in:  {type: "load", library, index}   then   {type: "query", q, from, count}
   Messages out: {type: "ready", count, complete}: queries may come (again, once complete);
                 {type: "results", q, from, total, items, complete}: results from..from+count of
                 total, of all articles or (complete: false) of the newest; {type: "error", message} */
"use strict";

/* Words are runs of letters and digits in any script; accents are folded away and case
   ignored, so "bogota" finds "Bogotá". The same folding applies to documents and queries. */
var SEPARATOR = /[^\p{L}\p{N}]+/u;
var MARKS = /\p{M}+/gu;
var QUICK = 1000; /* the newest articles, indexed first on a site of more than twice as many */
var SLICE = 500;  /* articles indexed at a time before the worker looks for queries */
var index = null; /* the index queries use: the newest articles', then all articles' */
var indexed = 0;  /* how many articles it holds */
var docs = [];
var col = {};
var last = {q: null, matches: []}; /* the last query's matches, for "More results" */

function fold(text) {
  return String(text).normalize("NFD").replace(MARKS, "").toLowerCase();
}

function words(text) {
  return text == null ? [] : fold(text).split(SEPARATOR).filter(Boolean);
}

/* Instead of Lunr's tokenizer and pipeline: its tokenizer splits words only at spaces and
   hyphens, and its pipeline (an English stemmer and stop words, and a trimmer that strips
   letters outside ASCII from the ends of words) suits English alone. */
function tokenize(value) {
  return words(value).map(function (word) { return new lunr.Token(word, {}); });
}

function builder() {
  var field = function (name) { return function (entry) { return docs[entry.i][col[name]]; }; };
  var b = new lunr.Builder(); /* with an empty pipeline, unlike lunr() */
  b.tokenizer = tokenize;
  b.metadataWhitelist = [];
  b.ref("i"); /* the entry's position: short keys keep Lunr's tables small */
  b.field("title", {boost: 4, extractor: field("title")});
  b.field("tags", {boost: 2, extractor: field("tags")});
  b.field("section", {boost: 2, extractor: field("section")});
  b.field("summary", {boost: 2, extractor: field("summary")});
  b.field("text", {extractor: field("text")});
  return b;
}

/* Indexes the first n articles a slice at a time, so that queries are answered in between. */
function indexFirst(n, done) {
  var b = builder();
  var i = 0;
  (function slice() {
    for (var end = Math.min(i + SLICE, n); i < end; i++) {
      b.add({i: i});
    }
    if (i < n) {
      setTimeout(slice, 0);
    } else {
      done(b.build());
    }
  })();
}

function use(built, count) {
  index = built;
  indexed = count;
  last = {q: null, matches: []};
  self.postMessage({type: "ready", count: count, complete: count === docs.length});
}

function build(data) {
  data.fields.forEach(function (name, i) { col[name] = i; });
  docs = data.docs;
  var first = docs.length > 2 * QUICK ? QUICK : docs.length;
  indexFirst(first, function (built) {
    use(built, first);
    if (first < docs.length) {
      indexFirst(docs.length, function (all) { use(all, docs.length); });
    }
  });
}

/* How many articles hold the word, counted once per field that holds it. */
function frequency(term) {
  var posting = index.invertedIndex[term];
  var n = 0;
  for (var field in posting || {}) {
    if (field !== "_index") {
      n += Object.keys(posting[field]).length;
    }
  }
  return n;
}

/* Every word must match, as a word or, from three letters on, the start of one ("elect" finds
   "elections"); a whole-word match ranks higher. Words in half the articles or more ("the", "de")
   are left out of a query that has other words: they narrow nothing, and scoring thousands of
   articles would make each keystroke slow. When nothing matches, one typo per word of five
   letters or more is allowed. Returns the matching entries' positions, best first. */
function search(q) {
  var terms = words(q);
  var rare = terms.filter(function (term) { return frequency(term) < indexed / 2; });
  if (rare.length) {
    terms = rare;
  }
  if (!terms.length) {
    return [];
  }
  var run = function (fuzzy) {
    return index.query(function (query) {
      terms.forEach(function (term) {
        var required = lunr.Query.presence.REQUIRED;
        if (fuzzy) {
          query.term(term, {presence: required, editDistance: term.length >= 5 ? 1 : 0, usePipeline: false});
        } else {
          query.term(term, {presence: required, usePipeline: false,
            wildcard: term.length >= 3 ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE});
          query.term(term, {boost: 10, usePipeline: false});
        }
      });
    });
  };
  var matches = run(false);
  if (!matches.length) {
    matches = run(true);
  }
  /* equal scores: the newer article first (the index lists the newest first) */
  matches.sort(function (a, b) { return b.score - a.score || a.ref - b.ref; });
  return matches.map(function (match) { return Number(match.ref); });
}

/* What a result shows, for the page: only the few listed are sent, not every match. */
function item(position) {
  var doc = docs[position];
  return {url: doc[col.url], title: doc[col.title], date: doc[col.date], time: doc[col.time],
    section: doc[col.section], summary: doc[col.summary]};
}

self.onmessage = function (event) {
  var message = event.data;
  if (message.type === "load") {
    try {
      importScripts(message.library);
    } catch (e) {
      self.postMessage({type: "error", message: "cannot load " + message.library + ": " + e.message});
      return;
    }
    fetch(message.index).then(function (response) {
      if (!response.ok) {
        throw new Error(message.index + ": HTTP " + response.status);
      }
      return response.json();
    }).then(build).catch(function (e) {
      self.postMessage({type: "error", message: String(e && e.message || e)});
    });
  } else if (message.type === "query" && index) {
    if (message.q !== last.q) {
      last = {q: message.q, matches: search(message.q)};
    }
    self.postMessage({type: "results", q: message.q, from: message.from, total: last.matches.length,
      items: last.matches.slice(message.from, message.from + message.count).map(item),
      complete: indexed === docs.length});
  }
};
