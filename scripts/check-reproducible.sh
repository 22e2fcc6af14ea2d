#!/usr/bin/env bash
# Builds every published file twice, from two copies of the tree at different paths, and compares
# them byte for byte: jars (main, sources, javadoc) and POMs (the flattened ones apps download).
# Different paths catch what a build takes from its machine (an absolute path in a POM); different
# wall clocks catch timestamps. Reproducibility comes from project.build.outputTimestamp, generated
# code without timestamps, and flattened POMs without build properties.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$next_release_version # a release version: no timestamped SNAPSHOT file names

build() { # checkout-dir repo-dir
  mkdir -p "$1"
  git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$1" 2>/dev/null || true
  (cd "$1" && mvn -B -q clean deploy -DskipTests -Dmaven.install.skip=true -Drevision="$version" \
    -DaltDeploymentRepository="check::file://$2" -pl "$published_modules" -am) > "$work/build.log" 2>&1 || {
    tail -40 "$work/build.log"
    echo "check-reproducible: FAIL: the build in $1 failed" >&2
    exit 1
  }
  # Every published file; maven-metadata.xml is the repository's index (it records the deploy time).
  (cd "$2" && find . -type f ! -name 'maven-metadata*' | sort | xargs sha256sum) > "$2.sums"
}

build "$work/first/onelink-sdk-java" "$work/first-repo"
sleep 2 # a different wall clock for the second build
build "$work/second/elsewhere/sdk" "$work/second-repo"
if ! diff "$work/first-repo.sums" "$work/second-repo.sums"; then
  echo "check-reproducible: FAIL: the two builds differ" >&2
  exit 1
fi
poms=$(grep -c '\.pom$' "$work/first-repo.sums")
jars=$(grep -c '\.jar$' "$work/first-repo.sums")
echo "check-reproducible: PASS: $jars jars and $poms POMs (with their checksums) identical across two clean builds in different folders"
grep -E '\.(jar|pom)$' "$work/first-repo.sums"
