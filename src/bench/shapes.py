#!/usr/bin/env python3
"""Bad-input benchmark: how long `broadsheet build` takes on one article of an adversarial shape.

Usage (from the repository root, after `mvn -q -DskipTests package`):
  python3 src/bench/shapes.py [--mb 8] [--shapes a,b,...] [--timeout 120] [--launcher cli/target/broadsheet]
                              [--work /tmp/broadsheet-shapes] [--scale]

For each shape it writes a site of one article whose body is the shape repeated up to --mb
megabytes (just under the 8 MB cap by default), builds it once and prints the wall time, the
exit code and the first problem reported. With --scale it builds each shape at 1/8, 1/4, 1/2 and
all of --mb, so time that grows faster than the input shows. A build still running after
--timeout seconds is stopped and shown as ">timeout". It prints wall and CPU seconds: parsing one
article runs on one core, so on a busy machine the CPU time is the steadier number. The launcher is what users run (its JVM settings
included); the JVM's start (about a second) is part of every time. This is not part of the tests: a slow shape can take minutes.
"""
import argparse
import importlib.util
import os
import resource
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
# the corpus generator, kept beside this script
GEN_CORPUS = os.environ.get("GEN_CORPUS") or os.path.join(HERE, "gen-corpus.py")


def fill(unit, size):
    """unit(i) repeated for i = 0, 1, ... until the text is size bytes long."""
    parts, total, i = [], 0, 0
    while True:
        u = unit(i)
        n = len(u.encode("utf-8"))
        if total + n > size:
            return "".join(parts)
        parts.append(u)
        total += n
        i += 1


def news_prose(size):
    """The bodies of the benchmark corpus's articles, one after another: the shape of real news."""
    spec = importlib.util.spec_from_file_location("gen_corpus", GEN_CORPUS)
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    # each body's footnote is [^1]: give each its own label, as one long article would
    return fill(lambda i: corpus.make_article("shapes", i).body.replace("[^1]", f"[^{i}]") + "\n", size)


def indented_list(size):
    # each level indented two more spaces than the last: about sqrt(size) levels
    return fill(lambda i: "  " * i + "- x\n", size)


def indented_ordered(size):
    return fill(lambda i: "   " * i + "1. x\n", size)


def one_line(marker):
    # every marker opens a container on the same line: size / len(marker) levels
    return lambda size: marker * (size // len(marker)) + "x\n"


def reference_links(size):
    # a definition and a use of each of as many labels as fit
    def unit(i):
        return f"[a{i}]: http://x/{i}\n" if i % 2 == 0 else f"[a{i // 2}] text\n\n"
    return fill(unit, size)


def reference_uses(size):
    return fill(lambda i: f"[a{i}] ", size)


def same_label(size):
    return fill(lambda i: "[a]: http://x/1\n" if i % 10 else "[a]\n\n", size)


def full_references(size):
    return "[a]: http://x/1\n\n" + fill(lambda i: f"[t{i}][a] ", size - 20)


def emphasis_runs(size):
    return fill(lambda i: "*a " + "**a " * (i % 7) + "***", size)


def tables(size):
    cols = 1000
    head = "|" + "a|" * cols + "\n" + "|" + "-|" * cols + "\n"
    return head + fill(lambda i: "|" + "x|" * cols + "\n", size - len(head))


def same_headings(size):
    return fill(lambda i: "## Same\n\n", size)


def many_headings(size):
    return fill(lambda i: f"## H{i}\n\n", size)


def footnotes(size):
    return fill(lambda i: f"x[^{i}]\n\n[^{i}]: n\n\n" , size)


def link_brackets(size):
    return fill(lambda i: "[a](", size)


def definitions_block(size):
    # the shape: every use in one paragraph, then every definition in one block of lines
    n = size // 30
    uses = " ".join(f"[a{i}]" for i in range(n))
    return uses[:size // 4] + "\n\n" + fill(lambda i: f"[a{i}]: http://x/{i}\n", size - size // 4 - 2)


def one_long(prefix, middle, suffix):
    # one line: prefix, then middle repeated, then suffix
    return lambda size: prefix + middle * ((size - len(prefix) - len(suffix) - 1) // len(middle)) + suffix + "\n"


SHAPES = {
    "news-prose": news_prose,
    "indented-list": indented_list,
    "indented-ordered": indented_ordered,
    "dash-list-one-line": one_line("- "),
    "star-list-one-line": one_line("* "),
    "ordered-one-line": one_line("1. "),
    "quote-one-line": one_line(">"),
    "quote-spaced": one_line("> "),
    "quote-list-mix": one_line("> - "),
    "reference-links": reference_links,
    "reference-uses-undefined": reference_uses,
    "same-label-definitions": same_label,
    "full-references": full_references,
    "open-brackets": one_line("["),
    "open-image-brackets": one_line("!["),
    "close-brackets": one_line("]"),
    "link-openers": link_brackets,
    "backticks": lambda size: fill(lambda i: "`" * (i % 50 + 1) + " ", size),
    "emphasis-runs": emphasis_runs,
    "open-stars": one_line("*a "),
    "open-underscores": one_line("_a "),
    "strike-runs": one_line("~~a "),
    "tables-1000-columns": tables,
    "long-line": lambda size: "word " * (size // 5) + "\n",
    "same-headings": same_headings,
    "many-headings": many_headings,
    "footnotes": footnotes,
    "html-comments": one_line("<!--"),
    "html-tags": one_line("<a "),
    "autolinks": lambda size: fill(lambda i: f"http://x.org/{i} ", size),
    "entities": one_line("&amp;"),
    "definitions-block": definitions_block,
    "symbol-lines": lambda size: fill(lambda i: "[a]\n", size),
    "digit-lines": lambda size: fill(lambda i: "1a\n", size),
    "heading-spaces": one_long("# a", " ", "x"),
    "heading-hashes": one_long("# ", "#", "x"),
    "heading-space-hashes": one_long("# a", " #", "x"),
    "spaces-line": one_long("a", " ", "x"),
    "tabs-line": one_long("a", "\t", "x"),
    "link-destination-spaces": one_long("[a](", " ", "x"),
    "link-title-open": one_long("[a](b \"", "c", ""),
    "backslashes": one_long("", "\\", ""),
    "long-url": one_long("http://", "a", ""),
    "emails": one_line("a@b.c "),
    "html-block-lines": lambda size: fill(lambda i: "<div>\n", size),
    "html-open-comment": one_long("<!--", "a", ""),
    "table-rows": lambda size: "|a|b|\n|-|-|\n" + fill(lambda i: "|x|y|\n", size - 12),
    "one-row-many-columns": lambda size: "|" + "a|" * (size // 6) + "\n" + "|" + "-|" * (size // 6) + "\n",
    "setext-headings": lambda size: fill(lambda i: "a\n=\n", size),
    "fenced-unclosed": lambda size: "```\n" + fill(lambda i: "x\n", size - 4),
    "fence-openers": lambda size: fill(lambda i: "```\n" if i % 2 else "~~~\n", size),
    "footnote-uses": one_line("[^a]"),
    "footnote-definitions-one-line": lambda size: "".join(f"[^{i}]: " for i in range(size // 10)) + "x\n",
    "footnote-definitions-indented": lambda size: fill(lambda i: "    " * i + f"[^{i}]: x\n", size),
    "task-items": lambda size: fill(lambda i: "- [ ] x\n", size),
    "long-list": lambda size: fill(lambda i: "- x\n", size),
    "nested-images": lambda size: "![" * (size // 8) + "a" + "](x)" * (size // 8) + "\n",
    "nested-links-text": lambda size: "[" * (size // 8) + "a" + "](x)" * (size // 8) + "\n",
    "deep-emphasis": lambda size: "*" * (size // 2 - 1) + "a" + "*" * (size // 2 - 1) + "\n",
    "deep-strike": lambda size: "~~" * (size // 4 - 1) + "a" + "~~" * (size // 4 - 1) + "\n",
    "link-title-escapes": one_long("[a](b \"", "\\\"", ""),
}


def run(launcher, work, name, text, timeout):
    site = os.path.join(work, name)
    shutil.rmtree(site, ignore_errors=True)
    os.makedirs(os.path.join(site, "content", "news"))
    with open(os.path.join(site, "content", "news", "a.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("---\ntitle: Shape\ndate: 2024-01-01\n---\n")
        f.write(text)
    cmd = [launcher, "build", "--quiet", "--source", site, "--output", os.path.join(site, "site")]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = ru.ru_utime + ru.ru_stime - run.cpu_before
        run.cpu_before = ru.ru_utime + ru.ru_stime
        return None, cpu, None, ""
    wall = time.perf_counter() - t0
    # the child has been waited for: its CPU time is in the children's account
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = ru.ru_utime + ru.ru_stime - run.cpu_before
    run.cpu_before = ru.ru_utime + ru.ru_stime
    lines = err.decode("utf-8", "replace").strip().splitlines()
    shutil.rmtree(site, ignore_errors=True)
    return wall, cpu, p.returncode, lines[0][:100] if lines else ""


run.cpu_before = 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=8)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--launcher", default=os.path.join(REPO, "cli", "target", "broadsheet"))
    ap.add_argument("--work", default="/tmp/broadsheet-shapes")
    ap.add_argument("--scale", action="store_true")
    a = ap.parse_args()
    launcher = os.path.abspath(a.launcher)
    if not os.path.exists(launcher):
        sys.exit(f"no {launcher}: build it first (mvn -q -DskipTests package)")
    os.makedirs(a.work, exist_ok=True)
    # just under the cap: the cap counts the front matter too
    full = int(a.mb * (1 << 20)) - 100
    fractions = [8, 4, 2, 1] if a.scale else [1]
    print(f"{'shape':<26} {'MB':>5} {'wall s':>7} {'CPU s':>6} {'exit':>4}  first problem")
    for name in a.shapes.split(","):
        for d in fractions:
            text = SHAPES[name](full // d)
            wall, cpu, code, err = run(launcher, a.work, name, text, a.timeout)
            mb = len(text.encode("utf-8")) / (1 << 20)
            if wall is None:
                print(f"{name:<26} {mb:>5.2f} {'>' + str(int(a.timeout)):>7} {cpu:>6.2f}", flush=True)
                break
            print(f"{name:<26} {mb:>5.2f} {wall:>7.2f} {cpu:>6.2f} {code:>4}  {err}", flush=True)


if __name__ == "__main__":
    main()
