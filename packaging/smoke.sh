#!/bin/sh
# Start a built Haven as she would: an empty HOME, no virtual environment or checkout on
# the PATH, Qt offscreen. Usage: packaging/smoke.sh DIR   (DIR holds haven and haven-cli:
# /opt/haven of the extracted .deb, or the unpacked tarball's haven-<version> folder).
#   1. haven --version
#   2. haven --demo reaches the Today page, and a SIGTERM closes it cleanly (exit 0,
#      its throw-away journal removed)
#   3. haven-cli creates a journal, adds an entry, finds it, and exports a summary PDF
set -eu

dir=$(cd "$1" && pwd)
expected=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/tmp" "$work/run"
chmod 700 "$work/run"

# A clean environment: nothing of the caller's Python, venv or checkout.
run() { (exec_clean "$@"); }
exec_clean() {
    exec env -i HOME="$work/home" PATH=/usr/bin:/bin TMPDIR="$work/tmp" LANG=C.UTF-8 \
        XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen "$@"
}
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

cd "$work"  # never the checkout: nothing may be imported from there

# 1. The version.
version=$(run "$dir/haven" --version) || fail "haven --version exited with $?"
echo "$version" | grep -Eq '^haven [0-9]+\.[0-9]+' || fail "haven --version said: $version"
[ -z "$expected" ] || [ "$version" = "haven $expected" ] || fail "$version, not $expected"
cli_version=$(run "$dir/haven-cli" --version)
[ "$cli_version" = "$version" ] || fail "haven-cli --version said: $cli_version"
echo "smoke: $version"

# 2. The demo journal opens on Today; SIGTERM closes it cleanly.
# exec: $! is then Haven itself, not a shell around it.
(exec_clean HAVEN_ANNOUNCE_SCREEN=1 "$dir/haven" --demo) >"$work/demo.out" 2>"$work/demo.err" &
pid=$!
i=0
until grep -qs '^haven-screen-shown' "$work/demo.out"; do
    i=$((i + 1))
    if [ $i -gt 240 ] || ! kill -0 "$pid" 2>/dev/null; then
        cat "$work/demo.err" >&2
        fail "haven --demo showed no screen"
    fi
    sleep 0.25
done
shown=$(grep '^haven-screen-shown' "$work/demo.out")
[ "$shown" = "haven-screen-shown Workspace TodayPage" ] || fail "first screen: $shown"
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
[ "$status" -eq 0 ] || { cat "$work/demo.err" >&2; fail "SIGTERM: exit status $status"; }
[ -z "$(ls "$work/tmp" | grep haven-demo || true)" ] || fail "the demo journal was left behind"
echo "smoke: --demo showed Today and left cleanly on SIGTERM"

# 3. The command line: create, add, search, summary PDF.
printf 'a calm smoke passphrase\n' > "$work/pass"
vault="$work/home/journal"
run "$dir/haven-cli" init --vault "$vault" --passphrase-file "$work/pass" >/dev/null
echo "The lighthouse walk helped today." | run "$dir/haven-cli" add --vault "$vault" \
    --passphrase-file "$work/pass" --title "Smoke" --share >/dev/null
run "$dir/haven-cli" search --vault "$vault" --passphrase-file "$work/pass" lighthouse \
    >"$work/search.out"
grep -q "Smoke" "$work/search.out" || fail "search did not find the entry"
run "$dir/haven-cli" export --vault "$vault" --passphrase-file "$work/pass" --format pdf \
    --out "$work/summary.pdf" >/dev/null 2>"$work/export.err"
head -c 5 "$work/summary.pdf" | grep -q '%PDF-' || fail "the summary is not a PDF"
echo "smoke: haven-cli init, add, search and a PDF summary work"
echo "smoke: passed"
