#!/usr/bin/env bash
# Proves the breaking-change gates work, with the real plugins: the current tree is published as
# baseline 1.0.0 to a temporary repository, then
#   1. the same tree as 1.0.1 passes both gates,
#   2. dropping an operation from the spec fails openapi-diff,
#   3. hiding a public Java method fails japicmp,
#   4. both breaks pass once the major version is bumped (2.0.0).
# (Baselines must be 1.0.0 or later: semantic versioning lets 0.x change anything.)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
published=sdk-bom,openapi,sdk-core,sdk-rx,sdk-testing

mvn -B -q deploy -DskipTests -Dmaven.install.skip=true -Drevision=1.0.0 \
  -Ddistribution.repository.url="file://$work/repo" -pl "$published" -am

copy() { # a copy of the tracked files, as they are in the working tree
  mkdir -p "$work/$1"
  git ls-files -z | xargs -0 cp --parents -t "$work/$1"
}

gate() { # dir revision -> runs the gates, output in $work/gate.log
  (cd "$1" && mvn -B verify -DskipTests -Dmaven.test.skip=true -Dmaven.repo.local="$work/m2" -Drevision="$2" \
    -Dcompat.baseline.version=1.0.0 -Dcompat.repository.url="file://$work/repo" \
    -pl openapi,sdk-core,sdk-rx,sdk-testing -am) > "$work/gate.log" 2>&1
}

expect_pass() {
  if ! gate "$1" "$2"; then
    tail -40 "$work/gate.log"
    echo "check-compat-gates: FAIL: $3 should pass the gates" >&2
    exit 1
  fi
  echo "check-compat-gates: ok: $3 passes"
}

expect_fail() {
  if gate "$1" "$2"; then
    echo "check-compat-gates: FAIL: $3 should fail the gates" >&2
    exit 1
  fi
  if ! grep -q "$4" "$work/gate.log"; then
    tail -40 "$work/gate.log"
    echo "check-compat-gates: FAIL: $3 failed, but not with \"$4\"" >&2
    exit 1
  fi
  echo "check-compat-gates: ok: $3 fails ($4)"
}

# Resolve third-party artifacts from the usual local repository, the SDK only from $work/repo.
mkdir -p "$work/m2"
cp -r ~/.m2/repository/. "$work/m2/" 2>/dev/null || true
rm -rf "$work/m2/kz/onelink"

expect_pass "$root" 1.0.1 "an unchanged API (1.0.0 -> 1.0.1)"

copy spec-break
python3 - "$work/spec-break/openapi/openapi.yaml" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
start = text.index("  /api/v1/accounts/{account_id}/scheduling/appointments/{id}/cancel:")
end = text.index("components:")
open(path, "w", encoding="utf-8").write(text[:start] + text[end:])
PY
expect_fail "$work/spec-break" 1.0.1 "a spec without the cancel operation (1.0.1)" "API changes broke backward compatibility"

copy java-break
sed -i 's|^  public String baseUrl() {|  String baseUrl() {|' "$work/java-break/sdk-core/src/main/java/kz/onelink/sdk/OneLinkClient.java"
expect_fail "$work/java-break" 1.0.1 "OneLinkClient.baseUrl() made package-private (1.0.1)" \
  "indicate a patch change but binary incompatible changes found"

expect_pass "$work/spec-break" 2.0.0 "the spec break with a major bump (2.0.0)"
expect_pass "$work/java-break" 2.0.0 "the Java break with a major bump (2.0.0)"
echo "check-compat-gates: PASS"
