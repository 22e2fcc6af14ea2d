#!/usr/bin/env bash
# Shows that the breaking-change gates judge like a maintainer, with the real plugins, against the
# last release (release/last-release.properties, rebuilt by scripts/build-baseline.sh). The gates
# on this very tree run in scripts/release-bundle.sh; here, edited copies must be judged right:
#   spec gate (release/api-gate):  a removed operation fails the Maven build as a minor release
#                                  and passes as a major one; an added operation fails as a patch
#                                  and passes as a minor release (every other kind of change:
#                                  SpecClassifierTest);
#   japicmp (sdk-core):            a public method made package-private fails as a minor and
#                                  passes as a major release.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
root=$(pwd)
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
base=$last_release_version
IFS=. read -r major minor patch <<< "$base"
patch_bump="$major.$minor.$((patch + 1))"
minor_bump="$major.$((minor + 1)).0"
major_bump="$((major + 1)).0.0"

scripts/build-baseline.sh

spec_gate() { # spec version -> the spec gate's Maven build on that spec, output in $work/gate.log
  mvn -B verify -Dmaven.test.skip=true -Drevision="$2" -Dcompat.baseline.version="$base" \
    -Dcompat.new.spec="$1" -pl release/api-gate > "$work/gate.log" 2>&1
}
spec_main() { # spec version -> the same gate's main class, without Maven's start-up
  java -cp "release/api-gate/target/classes:$(cat "$work/gate.classpath")" kz.onelink.release.gate.SpecGate \
    "release/target/compat-baseline/$base/openapi.yaml" "$1" "$base" "$2" > "$work/gate.log" 2>&1
}
japicmp() { # dir version -> the sdk-core classes built in dir, jarred as that version, judged by japicmp
  (cd "$1" && mvn -B org.apache.maven.plugins:maven-jar-plugin:jar com.github.siom79.japicmp:japicmp-maven-plugin:cmp \
    -Drevision="$2" -Dcompat.baseline.version="$base" \
    -Dcompat.baseline.dir="$root/release/target/compat-baseline/$base" -pl sdk-core) > "$work/gate.log" 2>&1
}
expect() { # pass|fail description expected-text gate-command...
  local want=$1 what=$2 text=$3
  shift 3
  local got=fail
  if "$@"; then got=pass; fi
  if [ "$got" != "$want" ] || ! grep -qF "$text" "$work/gate.log"; then
    grep -E "spec gate|japicmp|ERROR" "$work/gate.log" | head -30
    echo "check-compat-gates: FAIL: $what should $want with \"$text\"" >&2
    exit 1
  fi
  echo "check-compat-gates: ok: $what: $want ($text)"
}

# Spec edits on this tree's openapi.yaml: the first path item dropped, or copied under a new path.
python3 - openapi/openapi.yaml "$work/removed.yaml" "$work/added.yaml" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
paths = text.index("\npaths:\n") + len("\npaths:\n")
first = re.search(r"^  /", text[paths:], re.M).start() + paths
body = text.index("\n", first) + 1
second = re.search(r"^  \S|^\S", text[body:], re.M).start() + body
item = text[first:second]
open(sys.argv[2], "w", encoding="utf-8").write(text[:first] + text[second:])
copy = re.sub(r"^  /[^:]*:", "  /gate-demo/added:", item, count=1, flags=re.M)
copy = re.sub(r"(operationId:\s*)(\S+)", r"\1\2GateDemo", copy)
open(sys.argv[3], "w", encoding="utf-8").write(text[:second] + copy + text[second:])
PY
expect fail "a removed operation as a minor release ($minor_bump), Maven build" \
  "BREAKING changes need version $major_bump" spec_gate "$work/removed.yaml" "$minor_bump"
mvn -B -q dependency:build-classpath -pl release/api-gate -Dmdep.outputFile="$work/gate.classpath" > /dev/null
expect pass "a removed operation as a major release ($major_bump)" "PASS: BREAKING changes may ship" \
  spec_main "$work/removed.yaml" "$major_bump"
expect fail "an added operation as a patch release ($patch_bump)" "ADDITIVE changes need version $minor_bump" \
  spec_main "$work/added.yaml" "$patch_bump"
expect pass "an added operation as a minor release ($minor_bump)" "PASS: ADDITIVE changes may ship" \
  spec_main "$work/added.yaml" "$minor_bump"

# A Java break: OneLinkClient.baseUrl() made package-private, in a copy of the tree.
mkdir -p "$work/java-break"
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work/java-break" 2>/dev/null || true
client="$work/java-break/sdk-core/src/main/java/kz/onelink/sdk/OneLinkClient.java"
grep -q '^  public String baseUrl() {' "$client" || { echo "check-compat-gates: FAIL: pick another public method to hide" >&2; exit 1; }
sed -i 's|^  public String baseUrl() {|  String baseUrl() {|' "$client"
(cd "$work/java-break" && mvn -B -q package -Dmaven.test.skip=true -Dmaven.javadoc.skip=true \
  -Dmaven.source.skip=true -Drevision="$minor_bump" -pl sdk-core -am) > "$work/build.log" 2>&1 || {
  tail -30 "$work/build.log"; echo "check-compat-gates: FAIL: building the Java break" >&2; exit 1; }
expect fail "OneLinkClient.baseUrl() made package-private as a minor release ($minor_bump)" \
  "indicate a minor change but binary incompatible changes found" japicmp "$work/java-break" "$minor_bump"
expect pass "the same as a major release ($major_bump)" "BUILD SUCCESS" japicmp "$work/java-break" "$major_bump"
echo "check-compat-gates: PASS"
