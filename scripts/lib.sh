# Shared by the release scripts: the versions they work with, from one place each.
#   last_release_version / last_release_commit: release/last-release.properties
#   development_version: the `revision` default in pom.xml (e.g. 1.1.0-SNAPSHOT)
#   next_release_version: the development version without -SNAPSHOT (what a release of this tree is)
property() { # file key
  sed -n "s/^$2=//p" "$1" | tail -1
}
last_release_version=$(property release/last-release.properties version)
last_release_commit=$(property release/last-release.properties commit)
development_version=$(sed -n 's|^ *<revision>\(.*\)</revision>|\1|p' pom.xml | head -1)
next_release_version=${development_version%-SNAPSHOT}
published_modules=sdk-bom,openapi,sdk-core,sdk-rx,sdk-testing
