#!/usr/bin/env bash
# The MIME definition read by update-mime-database in a temporary directory
# (with the freedesktop.org types it refers to): no complaint, and the globs
# and parents of both types in the database it writes.
set -euo pipefail
xml=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$tmp/mime/packages/"
cp "$xml" "$tmp/mime/packages/"
XDG_DATA_HOME=$tmp XDG_DATA_DIRS=$tmp update-mime-database "$tmp/mime" 2>"$tmp/stderr"
if [[ -s $tmp/stderr ]]; then
    cat "$tmp/stderr" >&2
    exit 1
fi
expect() {
    grep -qxF "$2" "$tmp/mime/$1" || { echo "missing in $1: $2" >&2; exit 1; }
}
expect globs2 '50:application/vnd.delegationplanner.trip+json:*.dptrip'
expect globs2 '50:application/vnd.delegationplanner.database:*.dpdb'
expect subclasses 'application/vnd.delegationplanner.trip+json application/json'
expect subclasses 'application/vnd.delegationplanner.database application/vnd.sqlite3'
echo "MIME types registered"
