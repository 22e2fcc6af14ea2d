#!/usr/bin/env bash
# Lints openapi.yaml with Spectral (oas + OWASP rulesets), pinned in package-lock.json.
# Run by `mvn verify` (openapi/pom.xml); warnings fail too. Needs Node.js and npm.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "openapi/lint.sh: npm is required in CI to lint openapi.yaml" >&2
    exit 1
  fi
  echo "openapi/lint.sh: WARNING: npm not found, skipping the Spectral lint of openapi.yaml" >&2
  exit 0
fi
if [ ! -x node_modules/.bin/spectral ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node_modules/.bin/spectral lint openapi.yaml --ruleset .spectral.yaml --fail-severity=warn
