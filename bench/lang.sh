#!/usr/bin/env bash
# Language benchmarks (issue 2), each printed beside its goal:
#   start-up: median wall time of 5 runs of `bin/migsh -Command '1+1'`;
#   the million-iteration loop and the 200,000-object pipeline, timed with Measure-Command inside one migsh
#   process, so start-up is not counted (the loop runs first, as a script would).
# An empty MIGSH_HOME keeps a user's profile and state out of the figures.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
migsh="$root/bin/migsh"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export MIGSH_HOME="$home"
"$migsh" -Command '1+1' >/dev/null   # builds the jar and its class-data archive if needed

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
startup_ms() {
    local start end
    start=$(date +%s%N)
    "$migsh" -Command '1+1' >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

startup=$(for _ in 1 2 3 4 5; do startup_ms; done | median)
read -r loop pipe < <("$migsh" -Command '
    $s = 0
    $loop = Measure-Command { foreach ($i in 1..1000000) { $s += $i } }
    $pipe = Measure-Command { 1..200000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object -Sum }
    "{0:0} {1:0}" -f $loop.TotalMilliseconds, $pipe.TotalMilliseconds')

printf '%-66s %5s ms  (goal < %4s ms)\n' \
    "start-up: bin/migsh -Command '1+1' (median of 5)" "$startup" 800 \
    'foreach ($i in 1..1000000) { $s += $i }' "$loop" 1000 \
    '1..200000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object -Sum' "$pipe" 1000
