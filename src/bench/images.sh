#!/usr/bin/env bash
# Benchmark: what responsive images cost. A site of PHOTOS page bundles (default 1,000), each with
# its own 3000x2000 JPEG, built three times: from scratch (every image decoded, turned, written in
# four widths), again after one article changed (every image reused from .broadsheet/images), and
# once more with nothing changed. Prints the "images" stage and the whole build of each. Not a test:
# generating the photos takes minutes.
#
#   bash src/bench/images.sh [PHOTOS]
#
# CORPUS names the site folder (default: /tmp/broadsheet-photos-PHOTOS, generated if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
photos=${1:-1000}
corpus=${CORPUS:-/tmp/broadsheet-photos-$photos}
[ -f cli/target/broadsheet.jar ] || mvn -q -DskipTests package
[ -d "$corpus/content" ] || java src/bench/java/org/broadsheet/bench/PhotoCorpus.java "$corpus" "$photos"
echo "source: $(du -sh "$corpus/content" | cut -f1) in $photos JPEGs; $(nproc) cores"
build() {
  local label=$1 start end
  start=$(date +%s%N)
  cli/target/broadsheet build --source "$corpus" --verbose > /tmp/broadsheet-images-bench.log 2>&1
  end=$(date +%s%N)
  printf '%-28s images stage: %8s   whole build: %6d ms\n' "$label" \
    "$(grep -E '^\s+images ' /tmp/broadsheet-images-bench.log | awk '{print $2" "$3}' || echo '-')" $(((end - start) / 1000000))
}
rm -rf "$corpus/.broadsheet" "$corpus/site"
build "first build (cold cache)"
sed -i 's/^Text of story 0\./Text of story 0, updated./' "$corpus/content/world/story-0/index.md"
build "second build (one edit)"
sleep 2 # a file changed in the same second as a build is read again, as git does
build "third build (no change)"
sed -i 's/^Text of story 0, updated\./Text of story 0./' "$corpus/content/world/story-0/index.md"
echo "output: $(du -sh "$corpus/site" | cut -f1); variants per photo: $(ls "$corpus/site/world/story-0/" | grep -c 'photo-.*w.jpg')"
