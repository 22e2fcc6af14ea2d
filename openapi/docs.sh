#!/usr/bin/env bash
# Builds the API reference, target/api-reference.html, from openapi.yaml with Redocly CLI (pinned in
# package-lock.json). --inlineBundle makes it one self-contained file that renders offline.
# Run by `mvn package` (openapi/pom.xml). Needs Node.js and npm.
set -euo pipefail
cd "$(dirname "$0")"
. ./npm-tools.sh
require_npm_tools docs.sh "build the API reference" redocly
# No telemetry or update checks: the build talks only to Maven Central and the npm registry.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
mkdir -p target
log=$(node_modules/.bin/redocly build-docs openapi.yaml --output target/api-reference.html --inlineBundle 2>&1) || {
  printf '%s\n' "$log" >&2
  exit 1
}
# The reference must hold every operation, rendered from the spec's summaries.
for summary in "Books an appointment." "Returns one appointment." "Lists the account" "Cancels an appointment"; do
  grep -q "$summary" target/api-reference.html || { echo "openapi/docs.sh: '$summary' missing from the reference" >&2; exit 1; }
done
echo "openapi/docs.sh: wrote openapi/target/api-reference.html ($(wc -c < target/api-reference.html) bytes)"
