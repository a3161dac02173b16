/* Broadsheet's search worker: answers queries from an edition's search index, which the build
   splits into small fragments under search/fragments/, and loads only the fragments a query
   needs: the terms that start with each word's first three letters (t/; where those are many, the
   build split them by more letters, and meta.split names the parts), and for the results shown,
   the details of their articles (d/, a few articles of one day each). A word in half the
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

/* The keys of the term fragments a word needs: the fragment of its first three letters or, where
   the build split that (meta.split: key -> the letters that follow it in its parts' keys), of as
   many letters as it takes. A word that ends at a split key finds terms in every part under it, as
   does a fuzzy retry (a typo may be in any letter after the third). None when no term starts so. */
function keysOf(word, fuzzy) {
  var split = meta.split || {};
  var letters = Array.from(word);
  var key = letters.slice(0, meta.keyLength).join("");
  var length = Math.min(letters.length, meta.keyLength);
  while (!fuzzy && split[key] !== undefined && letters.length > length) {
    if (Array.from(split[key]).indexOf(letters[length]) < 0) {
      return [];
    }
    key += letters[length++];
  }
  return under(key, split);
}

function under(key, split) {
  var keys = [key];
  if (split[key] !== undefined) {
    Array.from(split[key]).forEach(function (letter) {
      keys = keys.concat(under(key + letter, split));
    });
  }
  return keys;
}

/* The entries of the term fragments a word needs, as one list. */
function entries(word, fuzzy) {
  return Promise.all(keysOf(word, fuzzy).map(function (key) {
    return load("t/" + hex(key)).catch(function () { return []; }); /* no article has a word that starts so */
  })).then(function (lists) {
    return [].concat.apply([], lists);
  });
}

/* An article's number: newer articles have larger ones (its day, then its place in the day). */
function articleKey(day, place) {
  return day * 65536 + (65535 - place);
}

/* Matching articles: their numbers, newest first, with their scores. */
function Matches(keys, scores) {
  this.keys = keys;
  this.scores = scores;
  this.total = keys.length;
}

/* A word's matches: for each term it finds, its weight in the article (title above tags and
   section, above summary, above body) times how rare the term is, whole words more; an article
   that several terms find keeps its best. */
function scores(word, terms, apart) {
  return Promise.all(terms.map(function (entry) {
    if (entry.length > 2) {
      return entry[2];
    }
    return entry[0] === word && apart ? load("c/" + hex(entry[0])) : [];
  })).then(function (lists) {
    return merged(lists.map(function (postings, t) { return read(terms[t], word, postings); }));
  });
}

/* The matches of several terms as one newest-first list, an article in several keeping its best
   score: each term's postings are newest first already, so the lists are merged, the two
   shortest each time (no map, no sorting of matches: a common prefix finds tens of thousands of
   articles). */
function merged(all) {
  if (all.length === 0) {
    return new Matches(new Float64Array(0), new Float64Array(0));
  }
  all = all.slice().sort(byTotal);
  while (all.length > 1) {
    var two = mergeTwo(all.shift(), all.shift());
    var at = 0;
    while (at < all.length && all[at].total < two.total) {
      at++;
    }
    all.splice(at, 0, two);
  }
  return all[0];
}

function byTotal(a, b) {
  return a.total - b.total;
}

function mergeTwo(a, b) {
  var keys = new Float64Array(a.total + b.total);
  var values = new Float64Array(keys.length);
  var i = 0;
  var j = 0;
  var n = 0;
  while (i < a.total || j < b.total) {
    if (j >= b.total || (i < a.total && a.keys[i] > b.keys[j])) {
      keys[n] = a.keys[i];
      values[n++] = a.scores[i++];
    } else if (i >= a.total || b.keys[j] > a.keys[i]) {
      keys[n] = b.keys[j];
      values[n++] = b.scores[j++];
    } else {
      keys[n] = a.keys[i];
      values[n++] = Math.max(a.scores[i++], b.scores[j++]);
    }
  }
  return new Matches(keys.subarray(0, n), values.subarray(0, n));
}

/* A term's postings (day gap, place in the day, weight) as matches, newest first. */
function read(term, word, postings) {
  var weight = Math.log(1 + meta.articles / term[1]) * (term[0] === word ? EXACT : 1);
  var keys = new Float64Array(postings.length / 3);
  var values = new Float64Array(keys.length);
  var day = 0;
  for (var i = 0, n = 0; i < postings.length; i += 3, n++) {
    day = i === 0 ? postings[0] : day - postings[i];
    keys[n] = articleKey(day, postings[i + 1]);
    values[n] = postings[i + 2] * weight;
  }
  return new Matches(keys, values);
}

function count(word, fragment) {
  var entry = fragment.find(function (e) { return e[0] === word; });
  return entry ? entry[1] : 0;
}

/* Every word must match (see found); words in half the articles or more ("the", "de") are left
   out of a query that has other words: they narrow nothing. When nothing matches, one typo per
   word of five letters or more is allowed. Resolves to the matching articles (Matches). */
function search(q) {
  var all = words(q);
  if (!all.length) {
    return Promise.resolve(new Matches(new Float64Array(0), new Float64Array(0)));
  }
  return Promise.all(all.map(function (word) { return entries(word, false); })).then(function (list) {
    var rare = all.filter(function (word, i) { return count(word, list[i]) * 2 < meta.articles; });
    var chosen = rare.length ? rare : all;
    var lists = chosen.map(function (word) { return list[all.indexOf(word)]; });
    return match(chosen, lists, false).then(function (matches) {
      return matches.total ? matches : Promise.all(chosen.map(function (word) { return entries(word, true); }))
        .then(function (fuzzy) { return match(chosen, fuzzy, true); });
    });
  });
}

/* The articles every word finds, their scores added, smallest list first. */
function match(words, lists, fuzzy) {
  return Promise.all(words.map(function (word, i) {
    return scores(word, found(word, lists[i], fuzzy), !fuzzy);
  })).then(function (each) {
    each.sort(byTotal);
    var first = each[0];
    if (each.length === 1) {
      return first;
    }
    var keys = [];
    var values = [];
    var at = each.map(function () { return 0; }); /* every list is newest first: walk them together */
    for (var i = 0; i < first.total; i++) {
      var key = first.keys[i];
      var score = first.scores[i];
      for (var m = 1; m < each.length && score !== null; m++) {
        var other = each[m];
        while (at[m] < other.total && other.keys[at[m]] > key) {
          at[m]++;
        }
        score = at[m] < other.total && other.keys[at[m]] === key ? score + other.scores[at[m]] : null;
      }
      if (score !== null) {
        keys.push(key);
        values.push(score);
      }
    }
    return new Matches(Float64Array.from(keys), Float64Array.from(values));
  });
}

/* The numbers of the best n matches, best first, equal scores newest first: only those are
   ordered (a query may match nearly every article, and a page shows twenty). */
function best(matches, n) {
  var keys = matches.keys;
  var scores = matches.scores;
  function better(a, b) {
    return scores[a] > scores[b] || (scores[a] === scores[b] && keys[a] > keys[b]);
  }
  n = Math.min(n, matches.total);
  var heap = []; /* the n best so far, the worst of them on top */
  for (var i = 0; i < matches.total; i++) {
    if (heap.length < n) {
      heap.push(i);
      for (var c = heap.length - 1; c > 0 && better(heap[(c - 1) >> 1], heap[c]); c = (c - 1) >> 1) {
        swap(heap, c, (c - 1) >> 1);
      }
    } else if (n > 0 && better(i, heap[0])) {
      heap[0] = i;
      for (var p = 0; ;) {
        var l = 2 * p + 1;
        var r = l + 1;
        var worst = p;
        if (l < n && better(heap[worst], heap[l])) {
          worst = l;
        }
        if (r < n && better(heap[worst], heap[r])) {
          worst = r;
        }
        if (worst === p) {
          break;
        }
        swap(heap, p, worst);
        p = worst;
      }
    }
  }
  return heap.sort(function (a, b) { return better(a, b) ? -1 : 1; }).map(function (i) { return keys[i]; });
}

function swap(array, a, b) {
  var t = array[a];
  array[a] = array[b];
  array[b] = t;
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
      return Promise.all(best(matches, message.from + message.count).slice(message.from).map(item)).then(function (items) {
        self.postMessage({type: "results", q: message.q, from: message.from, total: matches.total,
          items: items, complete: true});
      });
    }).catch(fail);
  }
};
