#!/usr/bin/env bash
# Soak test of the terminal browser: Scripts/soak.sh [MINUTES]   (default 10)
#
# Runs `verbatim` under two private tmux servers at once, one on the bundled record and one on a
# generated 50 MB input (the record 500 times over), and drives both for MINUTES minutes with
# random keys (movement, search and statement prompts, overlays, back/forward), window resizes
# and SIGWINCH storms. The resident set size of each browser is sampled every 10 s.
#
# Fails (exit 1) when a browser dies before it is told to quit, does not exit 0 on `q`, leaves
# the terminal unrestored (alternate screen on, cursor hidden, or tty modes changed), or when
# its RSS after the first minute rises more than 10 % above the highest RSS of the first minute.
# The first minute is a warm-up that fills the caches bounded by count (resizes over a sweep of
# widths, jumps between statements, searches, overlays), so that growth after it means
# something left unbounded.
#
# VERBATIM_BIN picks the binary (default .build/debug/verbatim; `swift build` makes it).
# SOAK_SEED fixes the random sequence. The samples are printed and kept in SOAK_DIR (a fresh
# temporary directory unless given).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

minutes=${1:-10}
case "$minutes" in ''|*[!0-9]*) echo "usage: Scripts/soak.sh [MINUTES]" >&2; exit 2 ;; esac
[ "$minutes" -ge 1 ] || { echo "soak: MINUTES must be at least 1" >&2; exit 2; }

bin=${VERBATIM_BIN:-$root/.build/debug/verbatim}
[ -x "$bin" ] || { echo "soak: no binary at $bin (run swift build, or set VERBATIM_BIN)" >&2; exit 2; }
command -v tmux >/dev/null || { echo "soak: tmux is needed" >&2; exit 2; }

dir=${SOAK_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/verbatim-soak.XXXXXX")}
mkdir -p "$dir"
RANDOM=${SOAK_SEED:-$$}
fixture=$root/Fixtures/S_PV.8160_zh.txt

# The 50 MB input: the record 500 times over.
big=$dir/big.txt
if [ ! -s "$big" ]; then
    for _ in $(seq 500); do cat "$fixture"; done > "$big"
fi

names=(small big)
inputs=("$fixture" "$big")
sockets=()
pids=()
failed=0

fail() { echo "soak: FAIL: $*" >&2; failed=1; }
tm() { local s=$1; shift; tmux -L "$s" "$@"; }

cleanup() {
    for s in "${sockets[@]}"; do tmux -L "$s" kill-server 2>/dev/null || true; done
}
trap cleanup EXIT

# Start each browser in its pane; the pane's shell records the tty modes before and after and
# the exit status.
for i in 0 1; do
    s="verbatim-soak-$$-${names[$i]}"
    sockets+=("$s")
    sh_cmd="stty -g > '$dir/${names[$i]}.stty-before'; '$bin' '${inputs[$i]}'; echo \$? > '$dir/${names[$i]}.exit'; stty -g > '$dir/${names[$i]}.stty-after'; sleep 3600"
    tm "$s" -f /dev/null new-session -d -x 120 -y 40 sh -c "$sh_cmd"
    tm "$s" set-option -g remain-on-exit on >/dev/null
done

# The browser's pid: the child of the pane's shell.
for i in 0 1; do
    shell=$(tm "${sockets[$i]}" display -p '#{pane_pid}')
    pid=
    for _ in $(seq 100); do
        pid=$(pgrep -P "$shell" | head -1 || true)
        [ -n "$pid" ] && [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$(readlink -f "$bin")" ] && break
        pid=
        sleep 0.1
    done
    [ -n "$pid" ] || { fail "${names[$i]}: browser did not start"; exit 1; }
    pids+=("$pid")
done

rss() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

plain_keys=(j k j j k J K '}' '{' g G Space BSpace b C-d C-u C-f C-b Down Up PageDown PageUp Home End
            i r ']' '[' n N '<' '>' c a A M s z v L '?' Escape Escape Tab BTab m C-l)
words=(Security Council 安全 理事会 resolution 2397 "S/RES" 朝鲜 xyz "" 的)

random_keys() { # session: one burst of keys
    local s=$1 n=$((RANDOM % 12 + 4)) k
    for _ in $(seq "$n"); do
        case $((RANDOM % 20)) in
            0) tm "$s" send-keys / ; tm "$s" send-keys -l "${words[$((RANDOM % ${#words[@]}))]}" ; tm "$s" send-keys Enter ;;
            1) tm "$s" send-keys : ; tm "$s" send-keys -l "$((RANDOM % 40))" ; tm "$s" send-keys Enter ;;
            2) tm "$s" send-keys s ; tm "$s" send-keys -l "${words[$((RANDOM % ${#words[@]}))]}" ; tm "$s" send-keys Enter ;;
            3) tm "$s" send-keys -l "$((RANDOM % 30 + 1))" ; tm "$s" send-keys j ;;
            *) k=${plain_keys[$((RANDOM % ${#plain_keys[@]}))]}; tm "$s" send-keys "$k" ;;
        esac
    done
    # Never leave a prompt open long: Escape closes it (and is harmless otherwise).
    [ $((RANDOM % 3)) -eq 0 ] && tm "$s" send-keys Escape
    return 0
}

random_resize() {
    local s=$1
    tm "$s" resize-window -x $((RANDOM % 200 + 20)) -y $((RANDOM % 60 + 5)) 2>/dev/null || true
}

# The first minute: every burst resizes to the next width of a sweep over 20…219 columns and
# jumps to a random statement, and every few bursts searches, opens the overview or scrolls the
# speaker list; so the caches that are bounded by count (wrapped layouts per entry and width,
# speaker-list rows, search results and history) are full or nearly so when the minute ends.
sweep=0
warm_up() {
    local s=$1
    sweep=$((sweep + 1))
    tm "$s" resize-window -x $((20 + (sweep * 37) % 200)) -y $((RANDOM % 60 + 5)) 2>/dev/null || true
    tm "$s" send-keys : ; tm "$s" send-keys -l "$((RANDOM % 40 + 1))" ; tm "$s" send-keys Enter
    tm "$s" send-keys j J k
    case $((sweep % 6)) in
        0) tm "$s" send-keys / ; tm "$s" send-keys -l "${words[$((RANDOM % ${#words[@]}))]}" ; tm "$s" send-keys Enter n n N ;;
        1) tm "$s" send-keys s ; tm "$s" send-keys -l "${words[$((RANDOM % ${#words[@]}))]}" ; tm "$s" send-keys Enter ;;
        2) tm "$s" send-keys v j j v ;;
        3) tm "$s" send-keys Tab PageDown PageDown G g Tab ;;
        4) tm "$s" send-keys r j Enter ;;
        *) tm "$s" send-keys C-d C-d C-u ;;
    esac
    tm "$s" send-keys Escape
}

winch_storm() {
    local pid=$1
    for _ in $(seq 50); do kill -WINCH "$pid" 2>/dev/null || true; done
}

echo "soak: $minutes min; binary $bin; inputs: $fixture, $big ($(du -m "$big" | cut -f1) MB); samples in $dir"
start=$(date +%s)
end=$((start + minutes * 60))
next_sample=$start
declare -a first_peak=(0 0) later_peak=(0 0) peak=(0 0)
while :; do
    now=$(date +%s)
    if [ "$now" -ge "$next_sample" ]; then
        line="t=$((now - start))s"
        for i in 0 1; do
            if ! kill -0 "${pids[$i]}" 2>/dev/null; then
                fail "${names[$i]}: the browser died at t=$((now - start))s (exit $(cat "$dir/${names[$i]}.exit" 2>/dev/null || echo '?'))"
                exit 1
            fi
            r=$(rss "${pids[$i]}")
            line+=" ${names[$i]}=${r}kB"
            [ "$r" -gt "${peak[$i]}" ] && peak[$i]=$r
            if [ $((now - start)) -le 60 ]; then
                [ "$r" -gt "${first_peak[$i]}" ] && first_peak[$i]=$r
            else
                [ "$r" -gt "${later_peak[$i]}" ] && later_peak[$i]=$r
            fi
        done
        echo "$line" | tee -a "$dir/samples.txt"
        next_sample=$((next_sample + 10))
    fi
    [ "$now" -ge "$end" ] && break
    if [ $((now - start)) -lt 60 ]; then
        # The first minute fills the bounded caches (warm_up), so that the RSS then is the
        # baseline the rest of the run is held to.
        for i in 0 1; do warm_up "${sockets[$i]}"; done
        sleep 0.2
        continue
    fi
    for i in 0 1; do
        case $((RANDOM % 10)) in
            0) random_resize "${sockets[$i]}" ;;
            1) winch_storm "${pids[$i]}" ;;
            *) random_keys "${sockets[$i]}" ;;
        esac
    done
    sleep 0.2
done

# Quit: close any prompt or overlay, then q; the browser must exit 0 and restore the terminal.
for i in 0 1; do
    s=${sockets[$i]}
    tm "$s" send-keys Escape Escape Escape
    sleep 0.5
    tm "$s" send-keys q
done
for i in 0 1; do
    n=${names[$i]}
    for _ in $(seq 600); do [ -s "$dir/$n.stty-after" ] && break; sleep 0.1; done
    if [ ! -s "$dir/$n.exit" ]; then
        fail "$n: the browser did not exit on q"
        continue
    fi
    status=$(cat "$dir/$n.exit")
    [ "$status" = 0 ] || fail "$n: exit status $status"
    screen=$(tm "${sockets[$i]}" display -p '#{alternate_on} #{cursor_flag}')
    [ "$screen" = "0 1" ] || fail "$n: terminal not restored (alternate_on cursor_flag = $screen)"
    cmp -s "$dir/$n.stty-before" "$dir/$n.stty-after" || fail "$n: tty modes changed"
done

for i in 0 1; do
    n=${names[$i]}
    echo "soak: $n: peak RSS ${peak[$i]} kB; first minute peak ${first_peak[$i]} kB; after it ${later_peak[$i]} kB"
    if [ "${later_peak[$i]}" -gt 0 ] && [ "${later_peak[$i]}" -gt $((first_peak[$i] * 110 / 100)) ]; then
        fail "$n: RSS grew more than 10 % after the first minute (${first_peak[$i]} kB -> ${later_peak[$i]} kB)"
    fi
done

if [ "$failed" -ne 0 ]; then exit 1; fi
echo "soak: passed"
