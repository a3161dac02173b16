#!/usr/bin/env node
// The theme's full check in a real browser: axe-core on the sample site in every shipped language, light
// and dark, at a phone and a desktop width, and the page's width against the viewport from 320 to 1920 px.
//
//   mvn -q -o -DskipTests package && node src/test/browser/theme-check.js [--shots DIR]
//
// It copies the sample site (content/, templates/, authors/, comments/, broadsheet.yml) to a temporary
// folder, adds French, German, Portuguese and Arabic editions (each article copied as its translation, so
// every language has the same pages), builds it with cli/target/broadsheet, serves site/ on a local port and
// drives Chromium (CHROMIUM=/usr/bin/chromium by default) through puppeteer-core. axe-core and
// puppeteer-core are installed from npm into a cache folder outside the repository (THEME_CHECK_NPM,
// default $TMPDIR/broadsheet-theme-check). Requests to other hosts are blocked. Exits 1 on any
// violation or sideways scroll. The Maven ITs pin each defect this found at the HTML level.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { execFileSync } = require('child_process');
const { createRequire } = require('module');

const repo = path.resolve(__dirname, '..', '..', '..');
const npmDir = process.env.THEME_CHECK_NPM || path.join(os.tmpdir(), 'broadsheet-theme-check');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const shotsAt = process.argv.indexOf('--shots');
const shots = shotsAt > 0 ? process.argv[shotsAt + 1] : null;
const EXTRA = ['fr', 'de', 'pt', 'ar'];
const WIDTHS = [320, 390, 768, 1280, 1920];
const AXE_WIDTHS = [390, 1280];

function installTools() {
  if (!fs.existsSync(path.join(npmDir, 'node_modules', 'axe-core', 'axe.min.js'))
      || !fs.existsSync(path.join(npmDir, 'node_modules', 'puppeteer-core'))) {
    fs.mkdirSync(npmDir, { recursive: true });
    fs.writeFileSync(path.join(npmDir, 'package.json'), '{"private":true}');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', 'axe-core@4.14', 'puppeteer-core@24'],
      { cwd: npmDir, stdio: 'inherit' });
  }
  return createRequire(path.join(npmDir, 'package.json'));
}

/** The sample site in all six shipped languages, built into a temporary folder. */
function buildSite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-theme-site-'));
  for (const item of ['content', 'templates', 'authors', 'comments', 'broadsheet.yml']) {
    if (fs.existsSync(path.join(repo, item))) {
      fs.cpSync(path.join(repo, item), path.join(dir, item), { recursive: true });
    }
  }
  const config = path.join(dir, 'broadsheet.yml');
  const languages = EXTRA.map(code => `  - code: ${code}\n`).join('');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace(/^languages:\n((?: {2}.*\n)+)/m,
    (all) => all + languages));
  translateAll(path.join(dir, 'content'));
  execFileSync(path.join(repo, 'cli', 'target', 'broadsheet'), ['build'], { cwd: dir, stdio: 'inherit' });
  return path.join(dir, 'site');
}

/** Copies each original article (a file without a language suffix) as its translation into each extra language. */
function translateAll(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      translateAll(file);
    } else if (/^[^.]+\.md$/.test(entry.name)) {
      // without the original's old addresses, which only one edition may own
      const text = fs.readFileSync(file, 'utf8').replace(/^aliases:\n(?:\s+-.*\n)+/m, '');
      for (const code of EXTRA) {
        fs.writeFileSync(file.replace(/\.md$/, `.${code}.md`), text);
      }
    }
  }
}

function serve(root) {
  const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
    '.json': 'application/json', '.xml': 'application/xml', '.png': 'image/png', '.jpg': 'image/jpeg',
    '.svg': 'image/svg+xml', '.webp': 'image/webp' };
  const server = http.createServer((req, res) => {
    let url = decodeURIComponent(req.url.split('?')[0]).replace(/^\/news\//, '/');
    let file = path.join(root, path.normalize(url));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      file = path.join(file, 'index.html');
    }
    const found = file.startsWith(root) && fs.existsSync(file);
    res.writeHead(found ? 200 : 404,
      { 'content-type': found ? types[path.extname(file)] || 'application/octet-stream' : types['.html'] });
    res.end(fs.readFileSync(found ? file : path.join(root, '404.html')));
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Every kind of page in one language; tag and author pages are found through the article's links. */
async function pagesOf(page, base, prefix) {
  const article = `${base}${prefix}world/cyclone-relief/`;
  await page.goto(article, { waitUntil: 'load' });
  const link = (selector) => page.$eval(selector, a => new URL(a.href).pathname).catch(() => null);
  const tag = await link('.tags a');
  const author = await link('.article-meta a[href*="/authors/"]');
  const local = (p) => p && base.replace(/\/news\/$/, '') + p;
  return [
    ['front', `${base}${prefix}`], ['article', article], ['section', `${base}${prefix}world/`],
    ['tag', local(tag)], ['author', local(author)], ['year', `${base}${prefix}2026/`],
    ['archive', `${base}${prefix}2026/11/`],
    ['archive-2', `${base}${prefix}2026/11/page/2/`], ['search', `${base}${prefix}search/?q=cyclone`],
    ['404', `${base}${prefix}no-such-page/`], ['thanks', `${base}${prefix}replies/thanks/`],
  ].filter(([, url]) => url);
}

async function main() {
  const load = installTools();
  const puppeteer = load('puppeteer-core');
  const axeSource = path.join(path.dirname(load.resolve('axe-core')), 'axe.min.js');
  const site = buildSite();
  const server = await serve(site);
  const base = `http://127.0.0.1:${server.address().port}/news/`;
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true,
    args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', r => (r.url().startsWith(base.replace(/news\/$/, '')) || r.url().startsWith('data:')
    ? r.continue() : r.abort()));
  let failures = 0;
  const prefixes = [['en', ''], ['es', 'es/'], ...EXTRA.map(c => [c, `${c}/`])];
  for (const [code, prefix] of prefixes) {
    for (const [kind, url] of await pagesOf(page, base, prefix)) {
      await page.setViewport({ width: 1280, height: 900 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      await page.goto(url, { waitUntil: 'networkidle0' });
      const wide = [];
      for (const width of WIDTHS) {
        await page.setViewport({ width, height: 900 });
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scroll > width) {
          wide.push(`${width}px→${scroll}px`);
        }
      }
      const found = [];
      for (const scheme of ['light', 'dark']) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        for (const width of AXE_WIDTHS) {
          await page.setViewport({ width, height: 900 });
          if (shots && (kind === 'article' || kind === 'front') && (code === 'en' || code === 'ar')) {
            fs.mkdirSync(shots, { recursive: true });
            await page.screenshot({ path: path.join(shots, `${code}-${kind}-${width}-${scheme}.png`), fullPage: true });
          }
          await page.addScriptTag({ path: axeSource });
          const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
          for (const v of result.violations) {
            found.push(`  ${scheme} ${width}px ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`
              + `${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`);
          }
        }
      }
      const ok = wide.length === 0 && found.length === 0;
      failures += ok ? 0 : 1;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${code} ${kind} ${new URL(url).pathname}${wide.length ? ' scrolls sideways: ' + wide.join(' ') : ''}`);
      found.forEach(line => console.log(line));
    }
  }
  await browser.close();
  server.close();
  console.log(failures ? `${failures} pages failed` : 'every page passed');
  process.exit(failures ? 1 : 0);
}

main().catch(e => { console.error(e); process.exit(2); });
