#!/usr/bin/env bash
# cmake --install into a temporary DESTDIR, then the installed binary run from
# there: --version, init --sample, and the window on the offscreen platform.
set -euo pipefail
build=$1
app_id=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
DESTDIR="$tmp/root" cmake --install "$build" --prefix /usr >"$tmp/install.log"
prefix=$tmp/root/usr
for f in bin/delegation-planner \
    share/applications/$app_id.desktop \
    share/metainfo/$app_id.metainfo.xml \
    share/mime/packages/$app_id.xml \
    share/icons/hicolor/scalable/apps/$app_id.svg \
    share/icons/hicolor/48x48/apps/$app_id.png \
    share/icons/hicolor/256x256/apps/$app_id.png \
    share/man/man1/delegation-planner.1.gz \
    share/bash-completion/completions/delegation-planner \
    share/doc/delegation-planner/user-guide.md \
    share/doc/delegation-planner/screenshots/main-window.png; do
    [[ -e $prefix/$f ]] || { echo "not installed: $f" >&2; exit 1; }
done
# The installed tree as software centres read it: metainfo, desktop file and
# icon that belong together.
appstreamcli validate-tree --no-net --no-color "$tmp/root" >"$tmp/appstream.log" 2>&1 \
    || { cat "$tmp/appstream.log" >&2; exit 1; }
zcat "$prefix/share/man/man1/delegation-planner.1.gz" | grep -q '^\.SH EXIT STATUS' \
    || { echo "man page without EXIT STATUS" >&2; exit 1; }

bin=$prefix/bin/delegation-planner
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
mkdir -p "$HOME"
version=$("$bin" --version)
[[ $version == "delegation-planner "* ]] || { echo "--version said: $version" >&2; exit 1; }
"$bin" init --sample --db "$tmp/trips.dpdb"
"$bin" list trips --db "$tmp/trips.dpdb" | grep -q 'Central Asia' \
    || { echo "the installed binary's sample has no sample trip" >&2; exit 1; }

# The window: started on the offscreen platform in Korean, it must still be
# running (no crash, no early exit) when timeout stops it, having found the
# translations (Qt's own, installed, and the application's, embedded).
status=0
LANGUAGE=ko LANG=ko_KR.UTF-8 LC_ALL=ko_KR.UTF-8 QT_LOGGING_RULES='planner.translations.info=true' QT_QPA_PLATFORM=offscreen \
    timeout 8 "$bin" --db "$tmp/trips.dpdb" 2>"$tmp/gui.log" || status=$?
if [[ $status -ne 124 ]]; then
    echo "the installed window exited with $status before it was stopped:" >&2
    cat "$tmp/gui.log" >&2
    exit 1
fi
grep -q 'loaded.*qtbase_ko\.qm' "$tmp/gui.log" || { cat "$tmp/gui.log" >&2; echo "Qt's Korean translation not loaded" >&2; exit 1; }
grep -q 'loaded.*:/i18n/delegation-planner_ko\.qm' "$tmp/gui.log" \
    || { cat "$tmp/gui.log" >&2; echo "the application's embedded Korean translation was not loaded" >&2; exit 1; }
echo "installed and ran from $prefix"
