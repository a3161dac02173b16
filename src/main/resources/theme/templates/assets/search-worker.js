/* Broadsheet's search worker: loads the search library (Lunr) and an edition's search index,
   builds the index away from the page, so typing never waits for it, and answers queries.
   Messages in:  {type: "load", library, index}   then   {type: "query", q, from, count}
   Messages out: {type: "ready", count}, {type: "error", message},
                 {type: "results", q, from, total, items}: the results from..from+count of total */
"use strict";

/* Words are runs of letters and digits in any script; accents are folded away and case
   ignored, so "bogota" finds "Bogotá". The same folding applies to documents and queries. */
var SEPARATOR = /[^\p{L}\p{N}]+/u;
var MARKS = /\p{M}+/gu;
var index = null;
var docs = [];
var col = {};
var last = {q: null, matches: []}; /* the last query's matches, for "More results" */

function fold(text) {
  return String(text).normalize("NFD").replace(MARKS, "").toLowerCase();
}

function words(text) {
  return text == null ? [] : fold(text).split(SEPARATOR).filter(Boolean);
}

/* Lunr's own tokenizer tests every character against a pattern and its pipeline expects
   English; one split of the folded text is several times faster and fits every language. */
function tokenize(value) {
  return words(value).map(function (word) { return new lunr.Token(word, {}); });
}

function build(data) {
  data.fields.forEach(function (name, i) { col[name] = i; });
  docs = data.docs;
  var field = function (name) { return function (entry) { return docs[entry.i][col[name]]; }; };
  index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.tokenizer = tokenize;
    this.metadataWhitelist = [];
    this.ref("i"); /* the entry's position: short keys keep Lunr's tables small */
    this.field("title", {boost: 4, extractor: field("title")});
    this.field("tags", {boost: 2, extractor: field("tags")});
    this.field("section", {boost: 2, extractor: field("section")});
    this.field("summary", {boost: 2, extractor: field("summary")});
    this.field("text", {extractor: field("text")});
    for (var i = 0; i < docs.length; i++) {
      this.add({i: i});
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
  var rare = terms.filter(function (term) { return frequency(term) < docs.length / 2; });
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
    }).then(function (data) {
      build(data);
      self.postMessage({type: "ready", count: docs.length});
    }).catch(function (e) {
      self.postMessage({type: "error", message: String(e && e.message || e)});
    });
  } else if (message.type === "query" && index) {
    if (message.q !== last.q) {
      last = {q: message.q, matches: search(message.q)};
    }
    self.postMessage({type: "results", q: message.q, from: message.from, total: last.matches.length,
      items: last.matches.slice(message.from, message.from + message.count).map(item)});
  }
};
