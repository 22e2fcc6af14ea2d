#!/usr/bin/env bash
# Builds the published artifacts twice from clean and compares every jar (main, sources, javadoc)
# byte for byte. Reproducibility comes from project.build.outputTimestamp and generated code
# without timestamps.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=sdk-bom,openapi,sdk-core,sdk-rx,sdk-testing
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {
  mvn -B -q clean package -DskipTests -pl "$modules" -am
  find sdk-bom openapi sdk-core sdk-rx sdk-testing -path '*/target/*' \( -name '*.jar' -o -name '.flattened-pom.xml' \) \
    | sort | xargs sha256sum > "$1"
}

build "$work/first"
sleep 2 # a different wall clock for the second build
build "$work/second"
if ! diff "$work/first" "$work/second"; then
  echo "check-reproducible: FAIL: the two builds differ" >&2
  exit 1
fi
echo "check-reproducible: PASS: $(wc -l < "$work/first") artifacts identical across two clean builds"
cat "$work/first"
