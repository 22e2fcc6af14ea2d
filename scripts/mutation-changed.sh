#!/usr/bin/env bash
# Mutation testing of what a change touched, for CI (mutation/README.md): the whole `mutation`
# profile takes longer than CI's budget and PIT 1.30 keeps no history between runs, so this runs the
# profile's `handwritten` measurement on the handwritten classes of sdk-core and sdk-rx whose source
# changed between BASE and HEAD, against the same target (85 %), and skips the `generated` one.
#
#   scripts/mutation-changed.sh [BASE]     BASE defaults to HEAD~1: the last commit, or for a merge
#                                          commit everything the merged branch brought
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-HEAD~1}"
if ! git rev-parse -q --verify "$base^{commit}" > /dev/null; then
  # A shallow clone cannot say what changed; the full profile is the way to measure then.
  echo "mutation-changed: SKIPPED: $base is not in this clone's history (a shallow clone?);" \
    "run mvn -B verify -Pmutation -pl sdk-core,sdk-rx -am" >&2
  exit 0
fi

# kz/onelink/sdk/internal/ErrorMapper.java -> kz.onelink.sdk.internal.ErrorMapper* (with its nested
# classes); generated code lives in target/, so every changed source here is handwritten.
classes=$(git diff --name-only --diff-filter=AMR "$base" HEAD -- sdk-core/src/main/java sdk-rx/src/main/java \
  | sed -n 's|^sdk-[a-z]*/src/main/java/\(.*\)\.java$|\1|p' | grep -v 'package-info$' \
  | tr / . | sed 's/$/*/' | paste -sd, - || true)
if [ -z "$classes" ]; then
  echo "mutation-changed: no handwritten class of sdk-core or sdk-rx changed since $(git rev-parse --short "$base"); nothing to mutate"
  exit 0
fi
echo "mutation-changed: mutating $classes"
modules=$(git diff --name-only "$base" HEAD -- sdk-core/src/main/java sdk-rx/src/main/java \
  | cut -d/ -f1 | sort -u | paste -sd, -)
# maven.test.skip.exec skips surefire's run but not PIT's (which reads skipTests).
mvn -B verify -Pmutation -pl "$modules" -am -Dmaven.test.skip.exec=true \
  -Dmutation.handwritten.classes="$classes" -Dmutation.generated.skip=true
for report in sdk-core/target/pit-reports/handwritten/mutations.xml sdk-rx/target/pit-reports/handwritten/mutations.xml; do
  [ -f "$report" ] && python3 scripts/mutation-scores.py "$report"
done
exit 0
