#!/usr/bin/env bash
# Runs one libFuzzer target for a number of seconds: Scripts/fuzz.sh TARGET SECONDS
#   TARGET: decode | parse | wrap | render | index (see docs/reliability.md)
# The package's library modules are built with coverage and AddressSanitizer
# (swift build --sanitize=fuzzer --sanitize=address, in .build/fuzz/build, apart from the normal
# build); the target's entry files (Fuzz/Common, Fuzz/Targets/TARGET.swift) are compiled by swiftc
# against them with -sanitize=fuzzer,address -parse-as-library, so libFuzzer supplies main().
# Exits non-zero when the target crashes or an invariant breaks; the reproducer is left as
# .build/fuzz/crashes/TARGET-crash-<sha1> (replay: .build/fuzz/bin/TARGET <file>).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: Scripts/fuzz.sh decode|parse|wrap|render|index SECONDS" >&2; exit 2; }
[ $# -eq 2 ] || usage
target=$1
seconds=$2
case "$target" in
    decode|parse|wrap|render|index) ;;
    *) usage ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

out=.build/fuzz
build=$out/build
mkdir -p "$out/bin" "$out/crashes" "$out/corpus/$target" "$out/seeds/$target" "$out/logs"

# 1. The library modules, instrumented (incremental after the first run).
# The coverage is asked for explicitly: --sanitize=fuzzer alone has left library objects
# without libFuzzer's counters (ASan only), so the fuzzer saw none of the library's branches.
coverage=(-Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table)
swift build --scratch-path "$build" --sanitize=fuzzer --sanitize=address "${coverage[@]}" --target VerbatimTUI \
    >"$out/logs/build.log" 2>&1 || { tail -30 "$out/logs/build.log" >&2; exit 1; }
debug="$build/debug"
# A build has been seen to leave objects without the coverage counters libFuzzer needs (ASan
# only). One object of each module that surely holds code is checked (files of declarations
# alone have no counters); without counters, the module's objects are compiled again.
uninstrumented=()
for probe in VerbatimKit.build/RecordParser VerbatimLibrary.build/LibraryIndexer VerbatimTUI.build/Render; do
    # (grep reads the whole listing: `grep -q` would stop early, objdump would die of SIGPIPE,
    # and under pipefail every probe would fail and every run compile the modules again.)
    objdump -h "$debug/$probe.swift.o" | grep sancov_cntrs >/dev/null || uninstrumented+=("$debug/${probe%%/*}"/*.swift.o)
done
if [ ${#uninstrumented[@]} -gt 0 ]; then
    echo "fuzz.sh: library objects without coverage; compiling them again" >&2
    rm -f "${uninstrumented[@]}"
    swift build --scratch-path "$build" --sanitize=fuzzer --sanitize=address "${coverage[@]}" --target VerbatimTUI \
        >>"$out/logs/build.log" 2>&1 || { tail -30 "$out/logs/build.log" >&2; exit 1; }
fi

# 2. The target, linked with libFuzzer.
objects=()
for module in CICU VerbatimKit VerbatimLibrary VerbatimTUI; do
    for o in "$debug/$module.build"/*.o; do objects+=("$o"); done
done
bin="$out/bin/$target"
swiftc -sanitize=fuzzer,address -parse-as-library -g -Onone \
    -module-name "Fuzz_$target" \
    -I "$debug/Modules" -I "$debug/CICU.build" -I Sources/CICU/include \
    -I Sources/CFriBidi -I Sources/CNcursesw -I Sources/CSQLite \
    $(pkg-config --cflags-only-I fribidi ncursesw sqlite3 | sed 's/-I/-Xcc -I/g') \
    Fuzz/Common/*.swift "Fuzz/Targets/$target.swift" "${objects[@]}" \
    -licuuc -licudata -licui18n $(pkg-config --libs fribidi ncursesw sqlite3) \
    -Xlinker --no-gc-sections -o "$bin" 2>"$out/logs/$target-link.log" || { cat "$out/logs/$target-link.log" >&2; exit 1; }

# 3. Seeds made at run time: the start of each real record in ../shared (never copied into git).
real=../shared/fixtures/real
if [ -d "$real" ]; then
    for f in "$real"/*.txt; do
        [ -f "$f" ] || continue
        name=$(basename "$f" .txt)
        case "$target" in
            decode|parse|wrap) head -c 6000 "$f" >"$out/seeds/$target/$name" ;;
            render) { printf 'jjG\tjj/S\r'; printf '\0'; head -c 3000 "$f"; } >"$out/seeds/$target/$name" ;;
        esac
    done
fi

# Seeds of the index target, made from the bundled record: programs that write two meetings,
# update, change a file in place (same size), add a resolution, remove a file, and update
# between each (the program's format is in Fuzz/Targets/index.swift).
if [ "$target" = index ]; then
    op_write() { # name-number content-file: operation 0
        local n; n=$(wc -c <"$2")
        printf "\\x00\\x$(printf %02x "$1")\\x$(printf %02x $((n >> 8)))\\x$(printf %02x $((n & 255)))"
        cat "$2"
    }
    update() { printf '\x06'; }
    remove() { printf "\\x03\\x$(printf %02x "$1")"; }
    same() { printf "\\x05\\x$(printf %02x "$1")"; }
    tmp=$(mktemp -d)
    head -c 3000 Fixtures/S_PV.8160_zh.txt >"$tmp/a"
    sed 's/1540/1373/g' "$tmp/a" >"$tmp/a2"
    tail -c 2500 Fixtures/S_PV.8160_zh.txt >"$tmp/b"
    printf '第1540（2004）号决议\n\n安全理事会，\n\n回顾其关于不扩散的决议，\n\n1. 决定继续处理此案。\n' >"$tmp/res"
    { op_write 0 "$tmp/a"; update; op_write 3 "$tmp/b"; op_write 2 "$tmp/b"; update; op_write 0 "$tmp/a2"; same 3; update
      remove 3; op_write 5 "$tmp/res"; update; op_write 6 "$tmp/b"; remove 0; update; } >"$out/seeds/index/program-1"
    { op_write 4 "$tmp/b"; op_write 1 "$tmp/a"; update; remove 4; op_write 7 "$tmp/a"; update; } >"$out/seeds/index/program-2"
    rm -rf "$tmp"
fi

case "$target" in
    decode) max_len=16384 ;;
    parse) max_len=4096 ;;
    wrap) max_len=4096 ;;
    render) max_len=6000 ;;
    index) max_len=16384 ;;
esac
# Each input has 30 s. A render input of 32 events takes about 0.2 s of CPU here (debug,
# AddressSanitizer, coverage), but a 10 s limit was once met on a machine at load 15, and an
# index input builds up to eighteen indexes; a true hang still stops the run at 30 s.
timeout=30

# 4. The run. New inputs go to the first corpus folder (under .build, not git).
log="$out/logs/$target.log"
set +e
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" "$bin" \
    -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb=2048 \
    -dict=Fuzz/verbatim.dict -artifact_prefix="$out/crashes/$target-" -print_final_stats=1 \
    "$out/corpus/$target" $([ -d "Fuzz/Corpus/$target" ] && echo "Fuzz/Corpus/$target") "$out/seeds/$target" >"$log" 2>&1
status=$?
set -e
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
if [ $status -ne 0 ]; then
    tail -40 "$log" >&2
    echo "fuzz.sh: $target FAILED after ${runs:-?} executions; reproducer: $(ls -t "$out/crashes/$target-"* 2>/dev/null | head -1)" >&2
    exit 1
fi
echo "fuzz.sh: $target ran ${runs:-?} executions in ${seconds}s, no crash (log: $log)"
