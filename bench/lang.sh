#!/usr/bin/env bash
# Language benchmarks (issue 2): start-up of `bin/migsh -Command '1+1'`, a million-iteration loop and a
# 200,000-object pipeline. Prints medians of several runs; compare with the goals in the README.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
migsh="$root/bin/migsh"
runs="${RUNS:-7}"
"$migsh" -NoProfile -Command '1+1' >/dev/null   # builds the jar if needed

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

startup=$(for _ in $(seq "$runs"); do time_ms "$migsh" -NoProfile -Command '1+1'; done | median)
echo "start-up to the end of -Command '1+1': median ${startup} ms over ${runs} runs (goal < 800 ms)"

# The two script timings are measured inside the shell, so start-up is not counted.
loop=$("$migsh" -NoProfile -Command '$s = 0; $t = Measure-Command { foreach ($i in 1..1000000) { $s += $i } }; [int]$t.TotalMilliseconds' 2>/dev/null || echo "n/a")
echo "foreach over 1..1000000 with +=: ${loop} ms (goal < 1000 ms)"
pipe=$("$migsh" -NoProfile -Command '$t = Measure-Command { 1..200000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object -Sum }; [int]$t.TotalMilliseconds' 2>/dev/null || echo "n/a")
echo "1..200000 | Where-Object | Measure-Object -Sum: ${pipe} ms (goal < 1000 ms)"
