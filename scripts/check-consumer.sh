#!/usr/bin/env bash
# Deploys the SDK to dist-repo/ (the default `mvn deploy` target), then builds and tests
# consumer-check/, a separate app, with an empty local repository: the SDK can only come from
# dist-repo, everything else from Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
local_repo=$(mktemp -d)
trap 'rm -rf "$local_repo"' EXIT

rm -rf dist-repo
mvn -B -q deploy -DskipTests -pl sdk-bom,openapi,sdk-core,sdk-rx,sdk-testing -am
mvn -B -q -f consumer-check/pom.xml -Dmaven.repo.local="$local_repo" test

for artifact in onelink-sdk-bom onelink-sdk-core onelink-sdk-rx onelink-sdk-testing; do
  origin=$(cat "$local_repo"/kz/onelink/"$artifact"/*/_remote.repositories)
  if ! grep -q '>onelink-dist=' <<< "$origin"; then
    echo "check-consumer: FAIL: $artifact did not come from dist-repo: $origin" >&2
    exit 1
  fi
done
echo "check-consumer: PASS: the consumer app resolved the SDK from dist-repo only and its test passed"
