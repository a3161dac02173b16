#!/usr/bin/env node
/*
Broadsheet's search benchmark, in a real browser: what a reader's query downloads and how soon its
results show, on a built site, in Chromium with the CPU slowed down four times.

Usage (Node 18 or later, Chromium at /usr/bin/chromium or $CHROMIUM):
  node src/bench/search-bench.js SITE [--runs 3] [--throttle 4] [--prefix es/] [--queries "a,b c"]

SITE is a built output folder (e.g. the corpus of src/bench/gen-corpus.py, built with
`java -jar cli/target/broadsheet.jar build`, is CORPUS/site). The script installs puppeteer-core
into a folder under the system's temporary folder the first time (nothing in the repository),
serves SITE on a local port gzipping every response as a static host would (each file compressed
once, as a host's precompressed files or compression cache do), and for each query:
opens the search page in a fresh browser context (empty cache), waits for the worker to be
ready, sets CPU throttling through the DevTools protocol (Emulation.setCPUThrottlingRate),
types the query and presses Enter, and measures the time from Enter to the first results on
screen, and the bytes (gzipped, as sent) of the search index's files that the query loaded,
besides the page and scripts (reported apart). It prints the median of --runs for each query.
*/
"use strict";
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { execFileSync } = require("child_process");

const QUERIES = [
  "caracas",              // a city: in titles, summaries and bodies
  "coffee prices",        // two words, both required
  "lithium boom",
  "statistics office",    // words from the bodies only
  "elect",                // a prefix, as typed: elections, electoral
  "transit strike bogota",// three words, one without its accent
  "olympcs",              // a typo: found by the fuzzy retry
  "the",                  // a word in almost every article, alone
];

function option(name, fallback) {
  const i = process.argv.indexOf("--" + name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

function puppeteer() {
  const dir = path.join(os.tmpdir(), "broadsheet-search-bench");
  if (!fs.existsSync(path.join(dir, "node_modules", "puppeteer-core"))) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync("npm", ["install", "--prefix", dir, "--no-save", "--silent", "puppeteer-core@23"], { stdio: "inherit" });
  }
  return require(path.join(dir, "node_modules", "puppeteer-core"));
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".css": "text/css",
  ".svg": "image/svg+xml", ".xml": "application/xml" };

/** A file gzipped once, as a static host serves precompressed files or caches what it compresses:
    compressing a large fragment on every request would time this server, not the page. */
const compressed = new Map();
function gzipped(file) {
  if (!compressed.has(file)) {
    compressed.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 6 }));
  }
  return compressed.get(file);
}

/** Serves the site, gzipped; counts the bytes sent for each path since the last reset. */
function serve(site) {
  const sent = [];
  const server = http.createServer((request, response) => {
    let file = path.join(site, decodeURIComponent(new URL(request.url, "http://x").pathname));
    if (!file.startsWith(site)) {
      response.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      file = path.join(file, "index.html");
    }
    if (!fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const body = gzipped(file);
    sent.push({ path: request.url, bytes: body.length });
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Content-Encoding": "gzip", "Cache-Control": "no-cache" });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, sent })));
}

async function once(browser, url, query, throttle, sent) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => document.getElementById("search-status").textContent
    !== document.getElementById("search").dataset.loading);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const before = sent.length;
  await page.type("#search-query", query);
  const start = await page.evaluate(() => new Promise((resolve) => {
    const t = performance.now();
    document.getElementById("search-query").form.requestSubmit();
    resolve(t);
  }));
  await page.waitForFunction((q) => {
    const status = document.getElementById("search-status");
    return document.title.startsWith(q) && (document.getElementById("search-results").children.length > 0
      || (status.textContent && status.textContent !== document.getElementById("search").dataset.loading
        && !status.textContent.startsWith(document.getElementById("search").dataset.hint)));
  }, { polling: "mutation" }, query);
  const end = await page.evaluate(() => performance.now());
  const results = await page.evaluate(() => document.getElementById("search-results").children.length);
  const status = await page.evaluate(() => document.getElementById("search-status").textContent);
  const index = sent.slice(before).filter((s) => s.path.includes("/search/fragments/"));
  const bytes = index.reduce((sum, s) => sum + s.bytes, 0);
  await context.close();
  return { ms: end - start, bytes, files: index.length, results, status };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const site = path.resolve(process.argv[2] || "");
  if (!process.argv[2] || !fs.existsSync(path.join(site, "search", "index.html"))) {
    console.error("usage: node src/bench/search-bench.js SITE [--runs 3] [--throttle 4] [--prefix es/]");
    process.exit(2);
  }
  const runs = Number(option("runs", 3));
  const throttle = Number(option("throttle", 4));
  const { server, sent } = await serve(site);
  const url = `http://127.0.0.1:${server.address().port}/${option("prefix", "")}search/`;
  const browser = await puppeteer().launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = sent.length;
    const first = await once(browser, url, QUERIES[0], throttle, sent);
    const pageBytes = sent.slice(page).filter((s) => !s.path.includes("/search/fragments/"))
      .reduce((sum, s) => sum + s.bytes, 0);
    console.log(`search page, its scripts and styles: ${(pageBytes / 1024).toFixed(1)} KB gzipped;`
      + ` CPU throttled ${throttle}x; median of ${runs} runs, each in a fresh context`);
    console.log("query".padEnd(24) + "results".padStart(9) + "   index files   KB gzipped   ms to results");
    const queries = option("queries", null) ? option("queries").split(",") : QUERIES;
    for (const query of queries) {
      const all = query === QUERIES[0] ? [first] : [];
      while (all.length < runs) {
        all.push(await once(browser, url, query, throttle, sent));
      }
      const last = all[all.length - 1];
      console.log(query.padEnd(24) + String(last.results ? last.status.split(" ")[0] : 0).padStart(9)
        + String(last.files).padStart(14) + (median(all.map((r) => r.bytes)) / 1024).toFixed(1).padStart(13)
        + median(all.map((r) => r.ms)).toFixed(0).padStart(16));
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
