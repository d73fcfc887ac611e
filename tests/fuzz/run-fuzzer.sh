#!/usr/bin/env bash
# Builds the libFuzzer target of the trip reader with clang (ASan and UBSan)
# and runs it for a bounded time on the seed corpus with the format's
# dictionary. A crash, a leak, undefined behaviour, a hang or more than 2 GB
# fails it; the input that did is left in the output folder.
#
#   tests/fuzz/run-fuzzer.sh OUT_DIR [SECONDS]      (default 60)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../src" && pwd)
out=$1
seconds=${2:-60}
compiler=${PLANNER_FUZZ_CXX:-clang++}
if ! command -v "$compiler" >/dev/null; then
    echo "fuzz: $compiler not found, skipped"
    exit 0
fi
mkdir -p "$out/corpus" "$out/crashes"
launcher=()
command -v ccache >/dev/null && launcher=(ccache)
sources=("$src"/domain/*.cpp "$src/services/TripDocumentReader.cpp" "$src/services/TripDocumentJson.cpp"
    "$src/services/TripDocumentWriter.cpp" "$here/fuzz_trip_reader.cpp")
binary="$out/fuzz_trip_reader"
# Rebuilt when a source is newer than the binary.
if [[ ! -x $binary ]] || [[ -n $(find "${sources[@]}" "$src/domain" "$src/services" -newer "$binary" -name '*.[ch]*' 2>/dev/null | head -1) ]]; then
    echo "fuzz: building $binary"
    objects=()
    for source in "${sources[@]}"; do
        object="$out/obj/$(basename "${source%.cpp}").o"
        mkdir -p "$out/obj"
        "${launcher[@]}" "$compiler" -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer-no-link,address,undefined \
            -fno-sanitize-recover=undefined $(pkg-config --cflags Qt6Core Qt6Gui) -I"$src" -c "$source" -o "$object" &
        objects+=("$object")
        # Two at a time: the machine has two cores.
        if (( $(jobs -r | wc -l) >= 2 )); then wait -n; fi
    done
    wait
    "$compiler" -fsanitize=fuzzer,address,undefined "${objects[@]}" $(pkg-config --libs Qt6Core Qt6Gui) -o "$binary"
fi
cp -n "$here"/corpus/* "$out/corpus/" 2>/dev/null || true
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -dict="$here/trip.dict" \
    -artifact_prefix="$out/crashes/" -print_final_stats=1 "$out/corpus" 2>"$out/fuzz.log" || {
    tail -40 "$out/fuzz.log"
    echo "fuzz: FAILED; the input is in $out/crashes"
    exit 1
}
runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/fuzz.log" | grep -o '[0-9]*$' || echo "?")
echo "fuzz: the trip reader ran $runs inputs in $seconds s without a fault"
