#!/usr/bin/env bash
# Builds the Maven Central (Central Portal) bundle of a release, offline, and validates it.
#
#   scripts/release-bundle.sh                 CI: the next release (the development version without
#                                             -SNAPSHOT), signed with a throwaway key
#   scripts/release-bundle.sh --version 1.1.0 --key <gpg key id> [--upload]
#                                             a real release (see RELEASING.md)
#
# 1. Rebuilds the last release (scripts/build-baseline.sh) and builds this tree as <version> with
#    the breaking-change gates on (-Dcompat.baseline.version): a version bump too small for the
#    changes fails here, before anything is signed.
# 2. `mvn deploy -Prelease` of the published modules into a staging repository: every jar, sources
#    jar, javadoc jar and flattened POM signed (.asc), with .md5 and .sha1 checksums.
# 3. Zips the staging repository into release/target/central-bundle/onelink-sdk-<version>-bundle.zip, the
#    layout the Central Portal takes (the Maven repository layout, without maven-metadata.xml).
# 4. scripts/check-central-bundle.py validates it against Central's requirements, offline.
# 5. --upload only: uploads that same zip to the Central Portal (CENTRAL_TOKEN_USERNAME and
#    CENTRAL_TOKEN_PASSWORD, a Portal user token); it then waits there for you to press Publish.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
version=$next_release_version
key=
upload=false
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version=$2; shift 2 ;;
    --key) key=$2; shift 2 ;;
    --upload) upload=true; shift ;;
    *) echo "usage: $0 [--version X.Y.Z] [--key KEYID] [--upload]" >&2; exit 2 ;;
  esac
done
case "$version" in *SNAPSHOT*) echo "release-bundle: $version: Central takes releases only" >&2; exit 2 ;; esac
if $upload && [ -z "$key" ]; then
  echo "release-bundle: --upload needs --key: a throwaway key is for checks only" >&2
  exit 2
fi

out=release/target/central-bundle
staging="$out/staging"
work=$(mktemp -d)
cleanup() {
  if [ -n "${throwaway_home:-}" ]; then
    GNUPGHOME="$throwaway_home" gpgconf --kill gpg-agent 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
rm -rf "$out" && mkdir -p "$staging"

if [ -z "$key" ]; then
  # CI: a key made for this run in a temporary GNUPGHOME, valid one day, never stored anywhere.
  throwaway_home="$work/gnupg"
  mkdir -m 700 "$throwaway_home"
  export GNUPGHOME="$throwaway_home"
  gpg --batch --quiet --passphrase '' --quick-gen-key 'OneLink SDK CI throwaway key <ci@invalid>' ed25519 sign 1d 2>/dev/null
  key=$(gpg --batch --list-keys --with-colons 2>/dev/null | awk -F: '/^fpr/ { print $10; exit }')
  echo "release-bundle: signing with a throwaway key $key"
fi
gpg --batch --armor --export "$key" > "$out/public-key.asc"

echo "== Gates: $version against the last release $last_release_version (commit ${last_release_commit:0:12})"
scripts/build-baseline.sh

echo "== Signed build of $version into $staging"
SECONDS=0
log="$out/build.log"
if ! mvn -B clean deploy -Prelease -Drevision="$version" -Dmaven.test.skip=true -Dmaven.install.skip=true \
  -Dcompat.baseline.version="$last_release_version" -Dgpg.keyname="$key" \
  -DaltDeploymentRepository="central-staging::file://$(pwd)/$staging" \
  -pl "$published_modules,release/api-gate" -am > "$log" 2>&1; then
  grep -E "spec gate:|japicmp|ERROR" "$log" | head -60
  echo "release-bundle: FAIL: the signed build of $version failed (the gates, or see $log)" >&2
  exit 1
fi
grep -E "^spec gate:" "$log" || true
echo "japicmp: $(grep -c 'japicmp-maven-plugin.*(japicmp)' "$log") jars compared with $last_release_version, no incompatibility for $version"
echo "release-bundle: built and signed in ${SECONDS}s"

bundle="$out/onelink-sdk-$version-bundle.zip"
python3 - "$staging" "$bundle" <<'PY'
import os, sys, zipfile
staging, bundle = sys.argv[1], sys.argv[2]
entries = []
for dirpath, _, files in os.walk(staging):
    for name in files:
        if name.startswith("maven-metadata"):
            continue  # the repository's index, not part of a Central deployment
        path = os.path.join(dirpath, name)
        entries.append((os.path.relpath(path, staging), path))
with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as z:
    for arcname, path in sorted(entries):
        info = zipfile.ZipInfo(arcname, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(path, "rb") as f:
            z.writestr(info, f.read())
print(f"release-bundle: {bundle}: {len(entries)} files")
PY

python3 scripts/check-central-bundle.py "$bundle" --public-key "$out/public-key.asc" \
  --version "$version" --root .

if [ -n "${throwaway_home:-}" ]; then
  # The validator must catch what it is for: a POM with ${...} and a path, and a jar whose bytes no
  # longer match its signature and checksums.
  python3 - "$bundle" "$work/tampered.zip" <<'PY'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.endswith("onelink-sdk-core-" + item.filename.split("/")[-2] + ".pom"):
            data = data.replace(b"<name>", b"<name>${revision} file:///work/x ", 1)
        if item.filename.endswith("-sources.jar") and "onelink-sdk-rx" in item.filename:
            data = data[:-1] + bytes([data[-1] ^ 1])
        zout.writestr(item, data)
PY
  if python3 scripts/check-central-bundle.py "$work/tampered.zip" --public-key "$out/public-key.asc" \
    --version "$version" --root . > "$work/tampered.log" 2>&1; then
    echo "release-bundle: FAIL: the validator passed a tampered bundle" >&2
    exit 1
  fi
  for expected in 'contains ${...}' 'path of the building machine' 'sources.jar.asc does not verify' 'sources.jar.sha1 does not match'; do
    grep -qF "$expected" "$work/tampered.log" || {
      cat "$work/tampered.log"
      echo "release-bundle: FAIL: the validator missed: $expected" >&2
      exit 1
    }
  done
  echo "release-bundle: ok: the validator rejects a tampered copy ($(grep -c FAIL "$work/tampered.log") problems found)"
fi

if $upload; then
  : "${CENTRAL_TOKEN_USERNAME:?set CENTRAL_TOKEN_USERNAME (a Central Portal user token)}"
  : "${CENTRAL_TOKEN_PASSWORD:?set CENTRAL_TOKEN_PASSWORD}"
  token=$(printf '%s:%s' "$CENTRAL_TOKEN_USERNAME" "$CENTRAL_TOKEN_PASSWORD" | base64 | tr -d '\n')
  deployment=$(curl --fail --silent --show-error --request POST \
    --header "Authorization: Bearer $token" --form "bundle=@$bundle" \
    "https://central.sonatype.com/api/v1/publisher/upload?name=onelink-sdk-$version&publishingType=USER_MANAGED")
  echo "release-bundle: uploaded, deployment $deployment: check it and press Publish at central.sonatype.com"
fi
