#!/usr/bin/env bash
# Benchmark: save-to-reload time of `broadsheet serve` on a generated corpus (default 10,000
# articles), for edits of an article and then of a template. Not a test: the first build of the
# corpus takes a minute, and each template edit rebuilds every page.
#
#   bash src/bench/save-to-reload.sh [ARTICLES] [RUNS]
#
# GEN_CORPUS names gen-corpus.py (default: src/bench/gen-corpus.py, in this repository);
# CORPUS names the corpus folder (default: /tmp/broadsheet-bench-ARTICLES, generated if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-10000}
runs=${2:-5}
gen=${GEN_CORPUS:-src/bench/gen-corpus.py}
corpus=${CORPUS:-/tmp/broadsheet-bench-$articles}
[ -f cli/target/broadsheet.jar ] || mvn -q -DskipTests package
[ -d "$corpus/content" ] || python3 "$gen" --articles "$articles" --out "$corpus"
exec java -cp cli/target/broadsheet.jar src/bench/java/org/broadsheet/bench/SaveToReload.java "$corpus" "$runs"
