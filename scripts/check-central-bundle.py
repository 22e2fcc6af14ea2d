#!/usr/bin/env python3
"""Validates a Central Portal bundle offline, against Maven Central's published requirements
(central.sonatype.org/publish/requirements) and this project's own rules.

  check-central-bundle.py BUNDLE.zip --public-key KEY.asc --version X.Y.Z --root CHECKOUT

For every component in the bundle (groupId/artifactId/version folder):
  * files: the POM; for jar packaging also the jar, -sources.jar and -javadoc.jar;
  * every file signed: its .asc verifies with the given public key (gpg, in a temporary keyring);
  * every file with .md5 and .sha1 (and .sha256/.sha512 when present) that match its bytes;
  * the POM: groupId, artifactId, version (no parent), name, description, url, licenses (name and
    url), developers, scm (connection, developerConnection, url); concrete versions everywhere (no
    ${...}, no SNAPSHOT); no path of the building machine (file:, the checkout's path, home or
    temporary folders); no repositories or distributionManagement; OneLink artifacts it names are
    in the bundle at the same version;
  * one licence: the POM names the Apache License 2.0, every jar carries META-INF/LICENSE equal to
    the checkout's LICENSE, and the spec's info.license is Apache-2.0 (Proprietary is tolerated,
    with a warning, until the spec changes it);
  * url is the repository or its folder of the module (tree/main/<folder> that exists), scm the
    repository.
Prints one line per component and exits 1 on any problem.
"""
import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
REPO_URL = "https://github.com/onelink-kz/onelink-sdk-java"
APACHE_URLS = ("https://www.apache.org/licenses/LICENSE-2.0.txt", "https://www.apache.org/licenses/LICENSE-2.0")
CHECKSUMS = {".md5": hashlib.md5, ".sha1": hashlib.sha1, ".sha256": hashlib.sha256, ".sha512": hashlib.sha512}
SIDE_FILES = (".asc",) + tuple(CHECKSUMS)

problems = []
warnings = []


def problem(where, what):
    problems.append(f"{where}: {what}")


def text(elem, path):
    found = elem.find(path, NS)
    return found.text.strip() if found is not None and found.text else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bundle")
    ap.add_argument("--public-key", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--root", default=".")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    with open(os.path.join(root, "LICENSE"), "rb") as f:
        license_bytes = f.read()

    with zipfile.ZipFile(args.bundle) as z:
        files = {n: z.read(n) for n in z.namelist() if not n.endswith("/")}

    # Components: group/path/artifactId/version/file
    components = {}
    for name in files:
        parts = name.split("/")
        if len(parts) < 4:
            problem(name, "not in a groupId/artifactId/version folder")
            continue
        components.setdefault("/".join(parts[:-1]), []).append(parts[-1])
    if not components:
        problem(args.bundle, "empty bundle")

    published = {}  # artifactId -> version, to check references between components
    for folder in components:
        parts = folder.split("/")
        published[parts[-2]] = parts[-1]

    with tempfile.TemporaryDirectory() as gnupg:
        subprocess.run(["gpg", "--homedir", gnupg, "--batch", "--quiet", "--import", args.public_key],
                       check=True, capture_output=True)
        for folder, names in sorted(components.items()):
            check_component(folder, names, files, gnupg, args.version, published, root, license_bytes)

    for w in dict.fromkeys(warnings):
        print(f"check-central-bundle: WARN: {w}")
    if problems:
        for p in problems:
            print(f"check-central-bundle: FAIL: {p}", file=sys.stderr)
        sys.exit(1)
    signed = sum(1 for n in files if n.endswith(".asc"))
    print(f"check-central-bundle: PASS: {len(components)} components, {len(files)} files, "
          f"{signed} signatures verified, every POM complete and concrete")


def check_component(folder, names, files, gnupg, expected_version, published, root, license_bytes):
    *group, artifact, version = folder.split("/")
    group_id = ".".join(group)
    where = f"{group_id}:{artifact}:{version}"
    if version != expected_version:
        problem(where, f"version is not {expected_version}")
    base = f"{artifact}-{version}"
    pom_name = f"{base}.pom"
    if pom_name not in names:
        problem(where, "no POM")
        return
    pom_bytes = files[f"{folder}/{pom_name}"]
    pom = ET.fromstring(pom_bytes)
    packaging = text(pom, "m:packaging") or "jar"

    required = [pom_name]
    if packaging == "jar":
        required += [f"{base}.jar", f"{base}-sources.jar", f"{base}-javadoc.jar"]
    primaries = [n for n in names if not n.endswith(SIDE_FILES)]
    for n in required:
        if n not in names:
            problem(where, f"missing {n}")
    unexpected = sorted(set(primaries) - set(required))
    if unexpected:
        problem(where, f"unexpected files {unexpected}")

    for n in primaries:
        data = files[f"{folder}/{n}"]
        for ext, algorithm in CHECKSUMS.items():
            side = f"{n}{ext}"
            if side in names:
                if files[f"{folder}/{side}"].decode().split()[0].lower() != algorithm(data).hexdigest():
                    problem(where, f"{side} does not match {n}")
            elif ext in (".md5", ".sha1"):
                problem(where, f"missing {side}")
        if f"{n}.asc" not in names:
            problem(where, f"missing {n}.asc")
        else:
            verify_signature(where, n, data, files[f"{folder}/{n}.asc"], gnupg)
        if n.endswith(".jar"):
            try:
                check_jar(where, n, data, license_bytes)
            except zipfile.BadZipFile:
                problem(where, f"{n} is not a readable jar")

    check_pom(where, pom, pom_bytes.decode("utf-8"), group_id, artifact, version, published, root)
    print(f"check-central-bundle: ok: {where} ({packaging}): {', '.join(sorted(names))}")


def verify_signature(where, name, data, signature, gnupg):
    with tempfile.TemporaryDirectory() as d:
        target, sig = os.path.join(d, name), os.path.join(d, name + ".asc")
        with open(target, "wb") as f:
            f.write(data)
        with open(sig, "wb") as f:
            f.write(signature)
        result = subprocess.run(["gpg", "--homedir", gnupg, "--batch", "--status-fd", "1", "--verify", sig, target],
                                capture_output=True, text=True)
        if result.returncode != 0 or "[GNUPG:] GOODSIG" not in result.stdout:
            problem(where, f"{name}.asc does not verify with the public key")


def check_jar(where, name, data, license_bytes):
    import io
    with zipfile.ZipFile(io.BytesIO(data)) as jar:
        entries = jar.namelist()
        if "META-INF/LICENSE" not in entries:
            problem(where, f"{name} has no META-INF/LICENSE")
        elif jar.read("META-INF/LICENSE") != license_bytes:
            problem(where, f"{name}: META-INF/LICENSE differs from the checkout's LICENSE")
        content = [e for e in entries if not e.startswith("META-INF/") and not e.endswith("/")]
        if not content:
            problem(where, f"{name} holds nothing but META-INF")
        if name.endswith("-javadoc.jar") and not any(e.endswith((".html", ".md")) for e in content):
            problem(where, f"{name} has no documentation")
        for e in content:
            if e.endswith("openapi.yaml"):
                check_spec_license(where, jar.read(e).decode("utf-8"))


def check_spec_license(where, spec):
    info = re.search(r"^info:\n((?:[ \t].*\n|\n)*)", spec, re.M)
    block = info.group(1) if info else ""
    m = re.search(r"^  license:\n((?:    .*\n)+)", block, re.M)
    if not m:
        problem(where, "openapi.yaml has no info.license")
        return
    lic = m.group(1)
    name = re.search(r"name:\s*(.+)", lic)
    ident = re.search(r"identifier:\s*(.+)", lic)
    url = re.search(r"url:\s*(.+)", lic)
    values = " ".join(x.group(1).strip().strip("'\"") for x in (name, ident, url) if x)
    if re.search(r"Apache[- ]2\.0|Apache License,? Version 2\.0|LICENSE-2\.0", values):
        return
    if "Proprietary" in values:
        warnings.append(f"{where}: openapi.yaml still says info.license {values!r}; the POMs and LICENSE say "
                        "Apache-2.0 (the spec change is under way)")
        return
    problem(where, f"openapi.yaml info.license is {values!r}, not Apache-2.0")


def check_pom(where, pom, raw, group_id, artifact, version, published, root):
    if "${" in raw:
        problem(where, "POM contains ${...}: " + ", ".join(sorted(set(re.findall(r"\$\{[^}]*\}", raw)))))
    for pattern in (r"file:", re.escape(root), r"/home/", r"/root/", r"/tmp/", r"/work/", r"[A-Z]:\\"):
        if re.search(pattern, raw):
            problem(where, f"POM contains a path of the building machine ({pattern})")
    if "SNAPSHOT" in raw:
        problem(where, "POM names a SNAPSHOT")
    if pom.find("m:parent", NS) is not None:
        problem(where, "POM has a parent (published POMs are flattened and self-contained)")
    for tag in ("repositories", "pluginRepositories", "distributionManagement", "build", "properties"):
        if pom.find(f"m:{tag}", NS) is not None:
            problem(where, f"POM carries <{tag}>")
    if (text(pom, "m:groupId"), text(pom, "m:artifactId"), text(pom, "m:version")) != (group_id, artifact, version):
        problem(where, "POM coordinates differ from its folder")
    for tag in ("name", "description", "url"):
        if not text(pom, f"m:{tag}"):
            problem(where, f"POM has no <{tag}>")
    licenses = pom.findall("m:licenses/m:license", NS)
    if not licenses:
        problem(where, "POM has no <licenses>")
    for lic in licenses:
        if text(lic, "m:name") != "Apache License, Version 2.0" or text(lic, "m:url") not in APACHE_URLS:
            problem(where, f"POM licence is {text(lic, 'm:name')!r} {text(lic, 'm:url')!r}, not the Apache License 2.0")
    developers = pom.findall("m:developers/m:developer", NS)
    if not developers or not all(text(d, "m:name") for d in developers):
        problem(where, "POM has no <developers> with names")
    for tag in ("connection", "developerConnection", "url"):
        if not text(pom, f"m:scm/m:{tag}"):
            problem(where, f"POM has no <scm><{tag}>")
    if text(pom, "m:scm/m:url") != REPO_URL:
        problem(where, f"scm url {text(pom, 'm:scm/m:url')!r} is not {REPO_URL}")
    url = text(pom, "m:url")
    if url != REPO_URL:
        prefix = REPO_URL + "/tree/main/"
        if not url.startswith(prefix) or not os.path.isdir(os.path.join(root, url[len(prefix):])):
            problem(where, f"url {url!r} is neither {REPO_URL} nor one of its folders")
    for path in ("m:dependencies/m:dependency", "m:dependencyManagement/m:dependencies/m:dependency"):
        for dep in pom.findall(path, NS):
            coords = f"{text(dep, 'm:groupId')}:{text(dep, 'm:artifactId')}"
            dep_version = text(dep, "m:version")
            if not dep_version:
                problem(where, f"dependency {coords} has no version")
            if text(dep, "m:scope") == "test":
                problem(where, f"publishes the test dependency {coords}")
            if text(dep, "m:groupId") == group_id:
                if published.get(text(dep, "m:artifactId")) != dep_version:
                    problem(where, f"names {coords}:{dep_version}, which is not in the bundle")


if __name__ == "__main__":
    main()
