#!/usr/bin/env bash
# Builds every published file twice, in two folders at different paths and at different times, and
# compares them byte for byte: jars (main, sources, javadoc) and the flattened POMs apps download.
# Different paths catch what a build takes from its machine (an absolute path in a POM); different
# wall clocks catch timestamps. Reproducibility comes from project.build.outputTimestamp, generated
# code without timestamps, and flattened POMs without build properties.
#
#   scripts/check-reproducible.sh                    two builds of the next release version
#   scripts/check-reproducible.sh --against REPO     one build, compared with REPO, a repository
#                                                    an earlier build of this tree deployed (CI
#                                                    passes the Central bundle's staging repository)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$next_release_version # a release version: no timestamped SNAPSHOT file names

build() { # checkout-dir repo-dir
  mkdir -p "$1"
  git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$1" 2>/dev/null || true
  (cd "$1" && mvn -B -q clean deploy -Dmaven.test.skip=true -Dmaven.install.skip=true -Drevision="$version" \
    -DaltDeploymentRepository="check::file://$2" -pl "$published_modules" -am) > "$work/build.log" 2>&1 || {
    tail -40 "$work/build.log"
    echo "check-reproducible: FAIL: the build in $1 failed" >&2
    exit 1
  }
}
sums() { # repo -> sha256 of every published jar and POM (signatures and checksums are derived)
  (cd "$1" && find . -type f \( -name '*.jar' -o -name '*.pom' \) | sort | xargs sha256sum)
}

if [ "${1:-}" = "--against" ]; then
  reference=$2
  [ -d "$reference/kz/onelink" ] || { echo "check-reproducible: no repository at $reference" >&2; exit 2; }
  described="$reference (built in $(pwd)) and a clean build in another folder"
else
  reference="$work/first-repo"
  build "$work/first/onelink-sdk-java" "$reference"
  described="two clean builds in different folders"
fi
build "$work/second/elsewhere/sdk" "$work/second-repo"
sums "$reference" > "$work/first.sums"
sums "$work/second-repo" > "$work/second.sums"
if ! diff "$work/first.sums" "$work/second.sums"; then
  echo "check-reproducible: FAIL: the two builds differ" >&2
  exit 1
fi
echo "check-reproducible: PASS: $(grep -c '\.jar$' "$work/first.sums") jars and $(grep -c '\.pom$' "$work/first.sums") POMs identical across $described"
cat "$work/first.sums"
