#!/usr/bin/env bash
# The tests under the sanitizers: Scripts/sanitize.sh [address|undefined|thread ...]
# (default: all three, one after the other).
#
# address and undefined (on the C targets) run the whole suite; thread runs the tests that do work on several
# threads (the parallel parse, the library index, the PDF read in two halves). Each sanitizer
# builds into its own scratch directory (.build-asan, .build-ubsan, .build-tsan), so the normal
# .build is left alone. Prints the wall time of each run; exits non-zero on the first failure.
# See docs/reliability.md ("Sanitizers and soak") for the results and times.
set -euo pipefail
cd "$(dirname "$0")/.."

thread_filter='PartedParseTests|VerbatimLibraryTests|GeneratedPDFTests|VariantTests'

run() { # name scratch [swift test arguments]
    local name=$1 scratch=$2; shift 2
    local start=$(date +%s)
    echo "== swift test --scratch-path $scratch $*"
    # Leaks allocated by the toolchain's XCTest are suppressed (docs/reliability.md); any
    # sanitizer report ends the process with a non-zero status.
    LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$(pwd)/Scripts/lsan-suppressions.txt:print_suppressions=0} \
    TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1} \
        swift test --scratch-path "$scratch" "$@"
    echo "== $name: passed in $(( $(date +%s) - start )) s"
}

sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address undefined thread)
for s in "${sanitizers[@]}"; do
    case "$s" in
        address) run address .build-asan --sanitize=address ;;
        # Swift 6.3's swiftc refuses -sanitize=undefined on Linux, and a debug build of Swift
        # code traps on overflow and out-of-bounds already: the C targets are built with
        # clang's undefined-behaviour checks, trapping (no runtime library needed).
        undefined) run undefined .build-ubsan -Xcc -fsanitize=undefined -Xcc -fsanitize-trap=undefined ;;
        thread) run thread .build-tsan --sanitize=thread --filter "$thread_filter" ;;
        *) echo "sanitize: unknown sanitizer $s (address, undefined, thread)" >&2; exit 2 ;;
    esac
done
