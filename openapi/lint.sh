#!/usr/bin/env bash
# Lints openapi.yaml with Spectral (oas + OWASP rulesets), pinned in package-lock.json.
# Run by `mvn verify` (openapi/pom.xml); warnings fail too. Needs Node.js and npm.
set -euo pipefail
cd "$(dirname "$0")"
. ./npm-tools.sh
require_npm_tools lint.sh "lint openapi.yaml with Spectral" spectral
node_modules/.bin/spectral lint openapi.yaml --ruleset .spectral.yaml --fail-severity=warn
