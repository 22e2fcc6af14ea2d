#!/usr/bin/env bash
# Each version the docs and builds name comes from one place:
#   - what users copy (dependency snippets in every README and doc): the last release, from
#     release/last-release.properties;
#   - the development version: the `revision` default in pom.xml, which sdk-bom/pom.xml and
#     consumer-check/pom.xml repeat and any doc naming a -SNAPSHOT must match.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
python3 - "$last_release_version" "$development_version" <<'PY'
import re, subprocess, sys
release, development = sys.argv[1], sys.argv[2]
problems = []

def one(path, pattern):
    found = re.findall(pattern, open(path, encoding="utf-8").read())
    return found[0] if len(found) == 1 else None

for path, pattern in (("sdk-bom/pom.xml", r"<revision>([^<]+)</revision>"),
                      ("consumer-check/pom.xml", r"<onelink.version>([^<]+)</onelink.version>")):
    if one(path, pattern) != development:
        problems.append(f"{path} does not name the development version {development}")

docs = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.md"],
                      capture_output=True, text=True, check=True).stdout.split()
snippets = 0
for path in docs:
    text = open(path, encoding="utf-8").read()
    for m in re.finditer(r"<artifactId>onelink-[\w-]+</artifactId>\s*<version>([^<]+)</version>"
                         r"|kz\.onelink:onelink-[\w-]+:(\d[^\"')\s`]*)", text):
        snippets += 1
        version = m.group(1) or m.group(2)
        if version != release:
            line = text[:m.start()].count("\n") + 1
            problems.append(f"{path}:{line} names {version}, not the last release {release}")
    if path == "RELEASING.md":
        continue  # the release process walks through versions to come
    for m in re.finditer(r"\b\d+\.\d+\.\d+-SNAPSHOT\b", text):
        if m.group(0) != development:
            line = text[:m.start()].count("\n") + 1
            problems.append(f"{path}:{line} names {m.group(0)}, not the development version {development}")
for p in problems:
    print(f"check-versions: FAIL: {p}", file=sys.stderr)
if problems:
    sys.exit(1)
print(f"check-versions: PASS: {snippets} snippets in {len(docs)} docs name the last release {release}; "
      f"the development version is {development} everywhere")
PY
