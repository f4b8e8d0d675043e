#!/usr/bin/env bash
# Writes Scripts/startup-function-order.txt: the functions that start-up runs, by symbol name,
# for the release link to place side by side (Package.swift, lld's --symbol-ordering-file), so that
# the pages of code faulted in at start are few (docs/performance.md, "The fixture's first
# frame, step by step"). Run from the package root after a release build:
#   swift build -c release --product verbatim && Scripts/startup-function-order.sh
# Needs valgrind and tmux. The functions are those callgrind sees run in the executable during
# `verbatim render` of the fixture and during the browser's start on it (quit at once), in the
# order callgrind first lists them. A stale list costs nothing but memory: names that no longer
# exist are ignored by the linker, and functions missing from it are placed after the others.
# The linker moves a listed symbol's whole section. The project's modules and the runtime's C++
# code have a section per function; the standard library's Swift code (one section of 1.6 MB),
# the argument parser and the statically linked ICU do not, so a function of theirs brings its
# whole file forward. That is kept: those sections are the ones start-up touches, and placing
# them among the listed functions gave the fewest resident pages of the orders measured
# (docs/performance.md, "Linking with lld").
set -euo pipefail

binary=.build/release/verbatim
fixture=Fixtures/S_PV.8160_zh.txt
out=Scripts/startup-function-order.txt
work=$(mktemp -d)
trap 'tmux kill-session -t verbatim-order 2>/dev/null || true; rm -rf "$work"' EXIT

[ -x "$binary" ] || { echo "startup-function-order.sh: build the release binary first" >&2; exit 1; }
# Valgrind cannot read Swift 6.3's DWARF: profile a copy without it (the symbols stay).
strip --strip-debug -o "$work/verbatim" "$binary"

valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/render.out" \
    "$work/verbatim" render "$fixture" --size 200x60 >/dev/null 2>"$work/render.log"

tmux new-session -d -s verbatim-order -x 200 -y 60 \
    "valgrind --tool=callgrind --demangle=no --callgrind-out-file=$work/browse.out $work/verbatim $fixture 2>$work/browse.log"
# The browser under valgrind takes a few seconds to draw; then quit it and wait for the profile.
for _ in $(seq 60); do
    sleep 0.5
    tmux capture-pane -p -t verbatim-order 2>/dev/null | grep -q "S/PV.8160" && break
done
tmux send-keys -t verbatim-order q
for _ in $(seq 60); do
    [ -s "$work/browse.out" ] && ! tmux has-session -t verbatim-order 2>/dev/null && break
    sleep 0.5
done

python3 - "$work/verbatim" "$out" "$work/render.out" "$work/browse.out" <<'EOF'
import re
import sys

binary, out, profiles = sys.argv[1], sys.argv[2], sys.argv[3:]
order, seen = [], set()
for path in profiles:
    objects, names, current = {}, {}, None
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        m = re.match(r"(c?ob)=\((\d+)\)(?: (.*))?$", line)
        if m:
            if m.group(3):
                objects[m.group(2)] = m.group(3)
            if m.group(1) == "ob":
                current = objects.get(m.group(2))
            continue
        m = re.match(r"(c?fn)=\((\d+)\)(?: (.*))?$", line)
        if m:
            if m.group(3):
                names[m.group(2)] = m.group(3)
            name = names.get(m.group(2))
            if m.group(1) == "fn" and current == binary and name and name not in seen:
                seen.add(name)
                order.append(name)
with open(out, "w") as f:
    for name in order:
        f.write(name + "\n")
print(f"{out}: {len(order)} functions")
EOF
