#!/usr/bin/env bash
# Sourced by lint.sh and docs.sh: makes the npm build tools pinned in package-lock.json available
# in node_modules/, installing them when missing or stale. Without npm, CI fails; a local build
# skips the step with a warning, since the Java artifacts do not depend on it.
# Usage: require_npm_tools <script name> <what the step does> <tool binary>
require_npm_tools() {
  if ! command -v npm >/dev/null 2>&1; then
    if [ "${CI:-}" = "true" ]; then
      echo "openapi/$1: npm is required in CI to $2" >&2
      exit 1
    fi
    echo "openapi/$1: WARNING: npm not found, skipping: $2" >&2
    exit 0
  fi
  if [ ! -x "node_modules/.bin/$3" ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
}
