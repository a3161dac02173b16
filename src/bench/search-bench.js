#!/usr/bin/env node
/*
Broadsheet's search benchmark: how large an edition's search index is, how long the theme's own
search worker takes to load it, and how long queries take, measured on the files a build wrote.

Usage (Node 18 or later; nothing to install):
  node src/bench/search-bench.js SITE [--loads 5] [--runs 20]

SITE is a built output folder (e.g. the corpus of ../shared/bench/gen-corpus.py, built with
`java -jar target/broadsheet.jar build`). The script runs SITE/assets/search-worker.js, with the
library it loads (SITE/assets/lunr-*.min.js), in a plain JavaScript context as a browser's worker
would: `fetch` reads SITE/search-index.json from disk, so the time is parsing and indexing alone,
without the network. Each load runs in a fresh Node process, cold, as a visitor's first search.
It prints the index's size (raw and gzip), the load time (median of --loads, as wall time and as
CPU time, which a busy machine inflates less), and for each query its result count and median time
over --runs.
*/
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");
const { execFileSync } = require("child_process");

const QUERIES = [
  "caracas",              // a city: in titles, summaries and bodies
  "coffee prices",        // two words, both required
  "lithium boom",
  "statistics office",    // words from the bodies only
  "elect",                // a prefix, as typed: elections, electoral
  "transit strike bogota",// three words, one without its accent
  "racionamiento de agua",// Spanish
  "olympcs",              // a typo: found by the fuzzy retry
  "the",                  // matches almost everything
];

function arg(name, fallback) {
  const i = process.argv.indexOf("--" + name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Loads the worker in a fresh context; returns it with the time to "ready" split into parse and build. */
function loadWorker(site) {
  const assets = path.join(site, "assets");
  const messages = [];
  let parseMs = 0;
  const context = {
    console,
    importScripts: (url) => vm.runInContext(fs.readFileSync(path.join(assets, path.basename(url)), "utf8"), context),
    fetch: (url) => Promise.resolve({
      ok: true,
      json: () => {
        const text = fs.readFileSync(path.join(site, path.basename(url)), "utf8");
        const t = performance.now();
        const data = JSON.parse(text);
        parseMs = performance.now() - t;
        return Promise.resolve(data);
      },
    }),
    postMessage: (message) => messages.push(message),
    setTimeout,
  };
  context.self = context;
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(path.join(assets, "search-worker.js"), "utf8"), context);
  const library = fs.readdirSync(assets).find((f) => /^lunr-.*\.min\.js$/.test(f));
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  context.onmessage({ data: { type: "load", library: "/assets/" + library, index: "/search-index.json" } });
  return new Promise((resolve, reject) => {
    let firstMs = 0;
    let first = 0;
    const wait = () => {
      const error = messages.find((m) => m.type === "error");
      if (error) return reject(new Error(error.message));
      const ready = messages.filter((m) => m.type === "ready");
      if (ready.length && !firstMs) {
        firstMs = performance.now() - start;
        first = ready[0].count;
      }
      const done = ready.find((m) => m.complete);
      if (!done) return setTimeout(wait, 1);
      const total = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      resolve({ context, messages, count: done.count, first, firstMs, parseMs, buildMs: total - parseMs,
        totalMs: total, cpuMs: (cpu.user + cpu.system) / 1000 });
    };
    wait();
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function child(site) {
  const { parseMs, buildMs, totalMs, cpuMs, count, first, firstMs } = await loadWorker(site);
  process.stdout.write(JSON.stringify({ parseMs, buildMs, totalMs, cpuMs, count, first, firstMs }));
}

async function main() {
  const site = process.argv[2];
  if (!site || !fs.existsSync(path.join(site, "search-index.json"))) {
    console.error("usage: node src/bench/search-bench.js SITE [--loads 5] [--runs 20]  (SITE holds search-index.json)");
    process.exit(2);
  }
  if (process.argv.includes("--child")) {
    return child(site);
  }
  const raw = fs.readFileSync(path.join(site, "search-index.json"));
  const gzip = zlib.gzipSync(raw, { level: 9 }).length;
  const loads = [];
  for (let i = 0; i < arg("loads", 5); i++) {
    loads.push(JSON.parse(execFileSync(process.execPath, [__filename, site, "--child"], { encoding: "utf8" })));
  }
  const count = loads[0].count;
  console.log(`index: ${count} articles, ${(raw.length / 1e6).toFixed(2)} MB raw, ${(gzip / 1e6).toFixed(2)} MB gzip `
    + `(${Math.round(raw.length / count)} and ${Math.round(gzip / count)} bytes per article)`);
  console.log(`load (median of ${loads.length} cold loads): parse ${median(loads.map((l) => l.parseMs)).toFixed(0)} ms, `
    + `build ${median(loads.map((l) => l.buildMs)).toFixed(0)} ms, total ${median(loads.map((l) => l.totalMs)).toFixed(0)} ms `
    + `(CPU ${median(loads.map((l) => l.cpuMs)).toFixed(0)} ms, garbage collection included); `
    + `first answers from the newest ${loads[0].first} after ${median(loads.map((l) => l.firstMs)).toFixed(0)} ms`);

  const { context, messages } = await loadWorker(site);
  const runs = arg("runs", 20);
  for (const q of QUERIES) {
    const times = [];
    let found = 0;
    for (let i = 0; i < runs; i++) {
      context.last = { q: null, matches: [] }; // the worker's cache of the last query's matches
      const t = performance.now();
      context.onmessage({ data: { type: "query", q, from: 0, count: 20 } });
      times.push(performance.now() - t);
      found = messages[messages.length - 1].total;
    }
    console.log(`query ${JSON.stringify(q).padEnd(26)} ${String(found).padStart(5)} results  ${median(times).toFixed(1).padStart(6)} ms`);
  }
  const typed = [];
  const word = "caracas";
  for (let n = 2; n <= word.length; n++) {
    const t = performance.now();
    context.onmessage({ data: { type: "query", q: word.slice(0, n), from: 0, count: 20 } });
    typed.push(performance.now() - t);
  }
  console.log(`typing "${word}" letter by letter: slowest keystroke ${Math.max(...typed).toFixed(1)} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
