/* Broadsheet's search worker: answers queries from an edition's search index, which the build
   splits into small fragments under search/fragments/, and loads only the fragments a query
   needs: the terms that start with each word's first three letters (t/), and for the results
   shown, the details of their articles (d/, a few articles of one day each). A word in half the
   articles or more keeps its postings in a file of its own (c/), loaded only for a query of such
   words alone. Every fragment loaded is kept for the next keystroke.
   Messages in:  {type: "load", index}   then   {type: "query", q, from, count}
   Messages out: {type: "ready", count, complete: true}: queries may come;
                 {type: "results", q, from, total, items, complete: true}: results from..from+count
                 of total; {type: "error", message} */
"use strict";

/* Words are runs of letters and digits in any script; accents and other marks are folded away
   and case ignored, so "bogota" finds "Bogotá". org.broadsheet.search.SearchWords does the same
   to the articles. */
var SEPARATOR = /[^\p{L}\p{N}]+/u;
var MARKS = /\p{M}+/gu;
var EXACT = 3;     /* a whole-word match weighs this many times a match of the start of a word */
var PREFIX = 3;    /* from this many letters on, a word also finds words it starts */
var FUZZY = 5;     /* from this many letters on, a word with one typo is found when nothing else is */
var base = null;   /* the URL of the index's meta file, which fragments' names are relative to */
var meta = null;   /* {articles, keyLength, shardSize, fields} */
var col = {};
var fragments = {}; /* fragment name -> promise of its content */
var last = {q: null, matches: null}; /* the last query's matches (a promise), for "More results" */

function fold(text) {
  return String(text).normalize("NFD").replace(MARKS, "").toLowerCase();
}

function words(text) {
  return text == null ? [] : fold(text).split(SEPARATOR).filter(Boolean);
}

function letters(word) {
  return Array.from(word).length;
}

/* The hexadecimal of the UTF-8 bytes of text: how fragments are named, in any script. */
function hex(text) {
  var out = "";
  new TextEncoder().encode(text).forEach(function (b) { out += (b < 16 ? "0" : "") + b.toString(16); });
  return out;
}

function load(name) {
  if (!fragments[name]) {
    var url = new URL(name + ".json", base);
    fragments[name] = fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ": HTTP " + response.status);
      }
      return response.json();
    });
  }
  return fragments[name];
}

/* The terms of a word's fragment that it finds: itself, the words it starts, or (fuzzy) the
   words one typo away. Each entry is [term, articles, postings], postings absent when apart. */
function found(word, fragment, fuzzy) {
  return fragment.filter(function (entry) {
    var term = entry[0];
    if (fuzzy) {
      return letters(word) >= FUZZY && oneTypo(word, term);
    }
    return term === word || (letters(word) >= PREFIX && term.lastIndexOf(word, 0) === 0);
  });
}

/* Whether a and b differ by one letter left out, added or changed. */
function oneTypo(a, b) {
  if (Math.abs(a.length - b.length) > 1 || a === b) {
    return false;
  }
  var i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    i++;
  }
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/* An article's number: newer articles have larger ones (its day, then its place in the day). */
function articleKey(day, place) {
  return day * 65536 + (65535 - place);
}

/* A word's scores, by article: for each term it finds, its weight in the article (title above
   tags and section, above summary, above body) times how rare the term is, whole words more. */
function scores(word, terms, apart) {
  var result = new Map();
  return Promise.all(terms.map(function (entry) {
    if (entry.length > 2) {
      return entry[2];
    }
    return entry[0] === word && apart ? load("c/" + hex(entry[0])) : [];
  })).then(function (lists) {
    lists.forEach(function (postings, t) {
      var term = terms[t];
      var weight = Math.log(1 + meta.articles / term[1]) * (term[0] === word ? EXACT : 1);
      var day = 0;
      for (var i = 0; i < postings.length; i += 3) {
        day = i === 0 ? postings[0] : day - postings[i];
        var key = articleKey(day, postings[i + 1]);
        var score = postings[i + 2] * weight;
        if (!(result.get(key) >= score)) {
          result.set(key, score);
        }
      }
    });
    return result;
  });
}

function count(word, fragment) {
  var entry = fragment.find(function (e) { return e[0] === word; });
  return entry ? entry[1] : 0;
}

/* Every word must match (see found); words in half the articles or more ("the", "de") are left
   out of a query that has other words: they narrow nothing. When nothing matches, one typo per
   word of five letters or more is allowed. Resolves to the matching articles' keys, best first,
   equal scores newest first. */
function search(q) {
  var all = words(q);
  if (!all.length) {
    return Promise.resolve([]);
  }
  return Promise.all(all.map(function (word) {
    return load("t/" + hex(Array.from(word).slice(0, meta.keyLength).join("")))
      .catch(function () { return []; }); /* no article has a word that starts so */
  })).then(function (list) {
    var rare = all.map(function (w, i) { return i; })
      .filter(function (i) { return count(all[i], list[i]) * 2 < meta.articles; });
    var chosen = rare.length ? rare : all.map(function (w, i) { return i; });
    return match(chosen.map(function (i) { return all[i]; }), chosen.map(function (i) { return list[i]; }), false)
      .then(function (matches) {
        return matches.length ? matches
          : match(chosen.map(function (i) { return all[i]; }), chosen.map(function (i) { return list[i]; }), true);
      });
  });
}

function match(terms, list, fuzzy) {
  return Promise.all(terms.map(function (word, i) {
    return scores(word, found(word, list[i], fuzzy), !fuzzy);
  })).then(function (maps) {
    maps.sort(function (a, b) { return a.size - b.size; });
    var matches = [];
    maps[0].forEach(function (score, key) {
      for (var m = 1; m < maps.length; m++) {
        var other = maps[m].get(key);
        if (other === undefined) {
          return;
        }
        score += other;
      }
      matches.push({key: key, score: score});
    });
    matches.sort(function (a, b) { return b.score - a.score || b.key - a.key; });
    return matches.map(function (m) { return m.key; });
  });
}

/* What a result shows, from its day's shard: only the shards of the results listed are loaded. */
function item(key) {
  var day = Math.floor(key / 65536);
  var place = 65535 - (key - day * 65536); /* not key % 65536: days before 1970 are negative */
  return load("d/" + day + "-" + Math.floor(place / meta.shardSize)).then(function (shard) {
    var doc = shard[place % meta.shardSize];
    return {url: doc[col.url], title: doc[col.title], date: doc[col.date], time: doc[col.time],
      section: doc[col.section], summary: doc[col.summary], image: doc[col.image], alt: doc[col.alt],
      width: doc[col.width], height: doc[col.height]};
  });
}

function fail(e) {
  self.postMessage({type: "error", message: String(e && e.message || e)});
}

self.onmessage = function (event) {
  var message = event.data;
  if (message.type === "load") {
    base = new URL(message.index, self.location.href);
    fetch(base).then(function (response) {
      if (!response.ok) {
        throw new Error(message.index + ": HTTP " + response.status);
      }
      return response.json();
    }).then(function (data) {
      meta = data;
      meta.fields.forEach(function (name, i) { col[name] = i; });
      self.postMessage({type: "ready", count: meta.articles, complete: true});
    }).catch(fail);
  } else if (message.type === "query" && meta) {
    if (message.q !== last.q) {
      last = {q: message.q, matches: search(message.q)};
    }
    last.matches.then(function (matches) {
      return Promise.all(matches.slice(message.from, message.from + message.count).map(item)).then(function (items) {
        self.postMessage({type: "results", q: message.q, from: message.from, total: matches.length,
          items: items, complete: true});
      });
    }).catch(fail);
  }
};
