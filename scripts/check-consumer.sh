#!/usr/bin/env bash
# Deploys the SDK to dist-repo/ (the default `mvn deploy` target), then, as apps would use it:
#   1. builds and tests consumer-check/, a separate Maven app, with an empty local repository: the
#      SDK can only come from dist-repo, everything else from Maven Central. It must not download
#      our parent POM or any test-only BOM, and no published POM may carry ${...} or a local path;
#   2. compiles and runs consumer-check/jpms, a JPMS app, with javac/java --module-path over the
#      same jars (the sandbox on the class path): it books and cancels an appointment against the
#      sandbox on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
local_repo=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$local_repo" "$work"' EXIT

rm -rf dist-repo
mvn -B -q deploy -Dmaven.test.skip=true -Dmaven.install.skip=true -pl "$published_modules" -am
mvn -B -q -f consumer-check/pom.xml -Dmaven.repo.local="$local_repo" test

for artifact in onelink-sdk-bom onelink-sdk-core onelink-sdk-rx onelink-sdk-testing; do
  origin=$(cat "$local_repo"/kz/onelink/"$artifact"/*/_remote.repositories)
  if ! grep -q '>onelink-dist=' <<< "$origin"; then
    echo "check-consumer: FAIL: $artifact did not come from dist-repo: $origin" >&2
    exit 1
  fi
done
# What an app downloads because of us: our artifacts and their dependencies, nothing else: not our
# parent POM, and no BOM our build imports for its own tests (no published POM imports one).
if [ -e "$local_repo/kz/onelink/onelink-sdk-parent" ]; then
  echo "check-consumer: FAIL: the app downloaded our parent POM" >&2
  exit 1
fi
imports=$(find dist-repo -name '*.pom' -print0 | xargs -0 grep -lE '<scope>import</scope>|<parent>' || true)
if [ -n "$imports" ]; then
  echo "check-consumer: FAIL: published POMs with a parent or a BOM import: $imports" >&2
  exit 1
fi
# jackson-bom is the parent of Jackson's own POMs: an app gets it with the sandbox's spec libraries
# (swagger-parser), never without Jackson itself.
if [ -e "$local_repo/com/fasterxml/jackson/jackson-bom" ] && [ ! -e "$local_repo/com/fasterxml/jackson/core" ]; then
  echo "check-consumer: FAIL: the app downloaded jackson-bom without using Jackson" >&2
  exit 1
fi
bad=$(find dist-repo -name '*.pom' -print0 | xargs -0 grep -lE '\$\{|file:|'"$(pwd)" || true)
if [ -n "$bad" ]; then
  echo "check-consumer: FAIL: published POMs with \${...} or a local path: $bad" >&2
  exit 1
fi
echo "check-consumer: PASS: the consumer app resolved the SDK from dist-repo only (no parent POM, no test BOM) and its test passed"

# JPMS: the SDK's jars are automatic modules (Automatic-Module-Name kz.onelink.sdk, .rx). The app's
# own dependencies (compile scope) go on the module path; the sandbox, a test dependency, stays on
# the class path: its spec libraries (swagger-parser and friends) split packages between jars,
# which the module path refuses. The app reads the class path with --add-reads, as test runners do.
mvn -B -q -f consumer-check/pom.xml -Dmaven.repo.local="$local_repo" dependency:copy-dependencies \
  -DincludeScope=compile -DoutputDirectory="$work/libs"
mvn -B -q -f consumer-check/pom.xml -Dmaven.repo.local="$local_repo" dependency:copy-dependencies \
  -DincludeScope=test -DoutputDirectory="$work/all"
# The SDK names okio-jvm itself and excludes okio's metadata-only jar, which would be a second
# module named like okio-jvm's: the module path takes the jars as Maven resolved them.
if ls "$work"/all/okio-[0-9]*.jar > /dev/null 2>&1; then
  echo "check-consumer: FAIL: okio's metadata jar is back on the app's path: see README (JPMS)" >&2
  exit 1
fi
# Nor does an app get kotlin-stdlib-common: Kotlin metadata without classes that would ship in it.
if ls "$work"/all/kotlin-stdlib-common-*.jar > /dev/null 2>&1; then
  echo "check-consumer: FAIL: kotlin-stdlib-common (metadata only) is back among the app's jars" >&2
  exit 1
fi
class_path=$(cd "$work/all" && for jar in *.jar; do [ -e "$work/libs/$jar" ] || printf '%s:' "$work/all/$jar"; done)
javac -d "$work/app" --module-path "$work/libs" --class-path "$class_path" \
  --add-reads com.example.jpms=ALL-UNNAMED $(find consumer-check/jpms/src -name '*.java')
# The SDK, OkHttp and Retrofit are automatic modules: they do not require kotlin.stdlib or
# com.google.gson, so the app adds the module path's modules to the graph.
output=$(java --module-path "$work/libs:$work/app" --class-path "$class_path" --add-modules ALL-MODULE-PATH \
  --add-reads com.example.jpms=ALL-UNNAMED -m com.example.jpms/com.example.jpms.Main)
echo "$output"
grep -q "from module kz.onelink.sdk" <<< "$output" || { echo "check-consumer: FAIL: JPMS app" >&2; exit 1; }
echo "check-consumer: PASS: a JPMS app ran on the module path as Maven resolved it (with --add-modules ALL-MODULE-PATH), the sandbox on the class path"
