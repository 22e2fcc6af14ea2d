#!/usr/bin/env bash
# Rebuilds the last release (release/last-release.properties: version and commit) into
# release/target/compat-baseline/<version>/: its published jars and its openapi.yaml, what the
# breaking-change gates compare against. Builds are reproducible, so these are the released bytes;
# a fresh clone needs only its git history and Maven Central. Reuses an earlier rebuild of the same
# commit.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
version=$last_release_version
commit=$last_release_commit
out="release/target/compat-baseline/$version"

if [ -f "$out/commit" ] && [ "$(cat "$out/commit")" = "$commit" ]; then
  echo "build-baseline: $version (commit $commit) already in $out"
  exit 0
fi
if ! git cat-file -e "$commit^{commit}" 2>/dev/null; then
  echo "build-baseline: FAIL: commit $commit of release $version is not in this clone's history" >&2
  echo "  (a shallow clone? run: git fetch --unshallow)" >&2
  exit 1
fi

SECONDS=0
rm -rf "$out"
src="release/target/compat-baseline/src-$version"
rm -rf "$src" && mkdir -p "$src" "$out"
git archive "$commit" | tar -x -C "$src"
# Only the jars and the spec are needed: no tests, javadoc, sources or house-rule checks.
(cd "$src" && mvn -B -q package -Drevision="$version" -Dmaven.test.skip=true -DskipTests \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dspotless.check.skip=true -Danimal.sniffer.skip=true \
  -pl openapi,sdk-core,sdk-rx,sdk-testing -am) > "release/target/compat-baseline/build-$version.log" 2>&1 || {
  tail -40 "release/target/compat-baseline/build-$version.log"
  echo "build-baseline: FAIL: could not build release $version from commit $commit" >&2
  exit 1
}
cp "$src"/*/target/*-"$version".jar "$out/"
git show "$commit:openapi/openapi.yaml" > "$out/openapi.yaml"
echo "$commit" > "$out/commit"
rm -rf "$src"
echo "build-baseline: release $version rebuilt from commit $commit in ${SECONDS}s: $(cd "$out" && ls | tr '\n' ' ')"
