#!/usr/bin/env bash
# Builds the .deb from a built tree with CPack and reads it with lintian: no
# errors, and the files a desktop needs inside.
set -euo pipefail
build=$(cd "$1" && pwd)
app_id=$2
rm -rf "$build/package"
(cd "$build" && cpack -G DEB >"$build/cpack.log") || { cat "$build/cpack.log" >&2; exit 1; }
deb=$(ls "$build"/package/delegation-planner_*.deb)
echo "built $deb"
dpkg-deb --field "$deb" Package Version Depends
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/delegation-planner ./usr/share/applications/$app_id.desktop \
    ./usr/share/metainfo/$app_id.metainfo.xml ./usr/share/mime/packages/$app_id.xml \
    ./usr/share/man/man1/delegation-planner.1.gz ./usr/share/doc/delegation-planner/copyright; do
    grep -qF " $f" <<<"$contents" || { echo "not in the package: $f" >&2; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for d in libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins fonts-noto-cjk; do
    grep -q "$d" <<<"$depends" || { echo "Depends lacks $d: $depends" >&2; exit 1; }
done
# lintian exits non-zero on errors; warnings are shown but do not fail.
lintian --fail-on error --tag-display-limit 0 "$deb"
echo "lintian: no errors"
