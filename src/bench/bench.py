#!/usr/bin/env python3
"""Broadsheet's build benchmark: clean, no-change and one-article-changed builds, beside Hugo.

Usage (from the repository root, after `mvn -q -DskipTests package`):
  python3 src/bench/bench.py [--sizes 1000,10000,100000] [--runs 3] [--jar cli/target/broadsheet.jar]
                             [--java-opts "-Xmx1g"] [--work /tmp/broadsheet-bench] [--no-hugo] [--bundles]

For each size it generates the corpus with src/bench/gen-corpus.py (deterministic; kept
in --work between runs), then measures:
  clean      output and cache removed first (median of --runs)
  new-output output removed, cache kept: what src/bench/compare-hugo.py measures
  no-change  the same build again, nothing touched (median of --runs)
  one-edit   one article's body changed, then built (median of --runs)
  hugo       Debian's hugo building the same articles with the minimal theme of
             src/bench/hugo (clean, median of --runs), when hugo is installed
and prints wall and CPU seconds (and the kernel's share of the CPU), peak RSS, ms per article,
and for the clean and new-output builds the ratio to Hugo's clean build. With --bundles, every
article is a page bundle instead, section/slug/index.md with a photo its body shows and a chart
beside it, and Hugo is left out: compare the ms per article with a run without it.
Corpora of 100,000 articles and more are built with -Xmx1g unless --java-opts says otherwise,
as the scale target asks. This is not part of the tests: it takes minutes.
"""
import argparse
import os
import shutil
import statistics
import struct
import subprocess
import sys
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
# the corpus generator and Hugo's minimal theme, kept in this repository so that a clone can
# reproduce every number (copied from the team's shared benchmark inputs)
SHARED = HERE


def run_timed(cmd, cwd):
    """Runs cmd; returns (exit code, wall s, cpu s, peak RSS MiB, stderr, system cpu s)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    err = p.stderr.read().decode("utf-8", "replace")
    p.stderr.close()
    return os.waitstatus_to_exitcode(status), wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, err, ru.ru_stime


def corpus(size, fmt, work):
    path = os.path.join(work, f"{fmt}-{size}")
    if not os.path.isdir(os.path.join(path, "content")):
        shutil.rmtree(path, ignore_errors=True)
        gen = os.path.join(SHARED, "gen-corpus.py")
        if not os.path.exists(gen):
            sys.exit(f"no corpus generator at {gen}")
        print(f"generating {size} articles ({fmt}) ...", file=sys.stderr)
        subprocess.run([sys.executable, gen, "--articles", str(size), "--out", path, "--format", fmt],
                       check=True, stdout=subprocess.DEVNULL)
    return path


def png_pixel():
    """A PNG of one transparent pixel: bundles hold real images, which the build reads the size of."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00\x00")) + chunk(b"IEND", b""))


def bundle_corpus(size, work):
    """The corpus of size articles with each made a page bundle: section/slug/index.md, photo.png, chart.png."""
    path = os.path.join(work, f"broadsheet-bundles-{size}")
    if os.path.isdir(os.path.join(path, "content")):
        return path
    plain = corpus(size, "broadsheet", work)
    pixel = png_pixel()
    shutil.rmtree(path, ignore_errors=True)
    shutil.copytree(plain, path, ignore=shutil.ignore_patterns("content", ".broadsheet"))
    for folder, _, files in os.walk(os.path.join(plain, "content")):
        for name in files:
            rel = os.path.relpath(os.path.join(folder, name), os.path.join(plain, "content"))
            if not name.endswith(".md"):
                target = os.path.join(path, "content", rel)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copyfile(os.path.join(folder, name), target)
                continue
            bundle = os.path.join(path, "content", rel[:-len(".md")])
            os.makedirs(bundle)
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = f.read()
            with open(os.path.join(bundle, "index.md"), "w", encoding="utf-8") as f:
                f.write(text.rstrip("\n") + "\n\n![The scene](photo.png)\n")
            for image in ("photo.png", "chart.png"):
                with open(os.path.join(bundle, image), "wb") as f:
                    f.write(pixel)
    return path


def edit_one_article(src, n):
    """Appends a sentence to one article, different each time, so its page must change."""
    content = os.path.join(src, "content")
    first = sorted(os.path.join(d, f) for d, _, fs in os.walk(content) for f in fs if f.endswith(".md"))[0]
    with open(first, "a", encoding="utf-8") as f:
        f.write(f"\nEdited for benchmark run {n}.\n")


def median_row(rows):
    return (statistics.median(r[1] for r in rows), statistics.median(r[2] for r in rows), max(r[3] for r in rows),
            statistics.median(r[5] for r in rows))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jar", default=os.path.join(REPO, "cli", "target", "broadsheet.jar"))
    ap.add_argument("--java-opts", default=None)
    ap.add_argument("--work", default="/tmp/broadsheet-bench")
    ap.add_argument("--no-hugo", action="store_true")
    ap.add_argument("--bundles", action="store_true", help="every article a page bundle with two images")
    a = ap.parse_args()
    jar = os.path.abspath(a.jar)
    if not os.path.exists(jar):
        sys.exit(f"no {jar}: build it first (mvn -q -DskipTests package)")
    hugo = None if a.no_hugo or a.bundles else shutil.which("hugo")
    os.makedirs(a.work, exist_ok=True)
    table = []
    for size in [int(s) for s in a.sizes.split(",")]:
        opts = (a.java_opts if a.java_opts is not None else ("-Xmx1g" if size >= 100000 else "")).split()
        src = bundle_corpus(size, a.work) if a.bundles else corpus(size, "broadsheet", a.work)
        out = src + "-site"
        cmd = ["java", *opts, "-jar", jar, "build", "--quiet", "--source", src, "--output", out]

        def clean():
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(os.path.join(src, ".broadsheet"), ignore_errors=True)

        def build():
            r = run_timed(cmd, a.work)
            if r[0] != 0:
                sys.exit(f"broadsheet build of {size} failed ({r[0]}):\n{r[4][-3000:]}")
            return r

        rows = {"clean": [], "new-output": [], "no-change": [], "one-edit": []}
        hugo_rows = []
        if hugo:
            hsrc = corpus(size, "hugo", a.work)
            shutil.copytree(os.path.join(SHARED, "hugo"), hsrc, dirs_exist_ok=True)
        clean(); build()  # warms the page cache; not counted
        for n in range(a.runs):
            clean(); rows["clean"].append(build())
            if hugo:
                shutil.rmtree(os.path.join(hsrc, "public"), ignore_errors=True)
                shutil.rmtree(os.path.join(hsrc, "resources"), ignore_errors=True)
                r = run_timed(["hugo", "--quiet"], hsrc)
                if r[0] != 0:
                    sys.exit(f"hugo build failed:\n{r[4][-2000:]}")
                hugo_rows.append(r)
        for n in range(a.runs):
            shutil.rmtree(out, ignore_errors=True)
            rows["new-output"].append(build())
        for n in range(a.runs):
            rows["no-change"].append(build())
        for n in range(a.runs):
            edit_one_article(src, n)
            rows["one-edit"].append(build())
        hugo_wall = median_row(hugo_rows)[0] if hugo_rows else None
        for kind, rs in rows.items():
            wall, cpu, rss, system = median_row(rs)
            ratio = f"{wall / hugo_wall:.2f}" if hugo_wall and kind in ("clean", "new-output") else ""
            table.append((size, f"{'bundles' if a.bundles else 'broadsheet'} {kind}", wall, cpu, system, rss, ratio))
        if hugo_rows:
            wall, cpu, rss, system = median_row(hugo_rows)
            table.append((size, "hugo clean", wall, cpu, system, rss, "1.00"))
    print(f"{'articles':>8}  {'build':<21} {'wall s':>7} {'CPU s':>7} {'of it sys':>9} {'RSS MiB':>8} {'ms/article':>10} {'vs hugo':>8}")
    for size, kind, wall, cpu, system, rss, ratio in table:
        print(f"{size:>8}  {kind:<21} {wall:>7.2f} {cpu:>7.2f} {system:>9.2f} {rss:>8.0f} {1000 * wall / size:>10.3f} {ratio:>8}")


if __name__ == "__main__":
    main()
