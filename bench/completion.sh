#!/usr/bin/env bash
# Completion benchmark (issue 3): Tab completion with 10,000 migration users (and their mailboxes) in the state
# store. Prints, for each typed line, the first call and the median / 95th percentile / maximum of 200 more.
# Goal: every completion call under 50 ms. Usage: bench/completion.sh [users] [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ ! -f target/migsh.jar ] || [ -n "$(find src/main cmdlets -newer target/migsh.jar -print -quit)" ]; then
    mvn -q -o -B -DskipTests package
fi
# The launcher's own JVM options (bin/migsh's opts array), so the figures are those of the interactive shell.
eval "$(grep '^opts=(' bin/migsh)"
java "${opts[@]}" -cp target/migsh.jar bench/CompletionBench.java "${1:-10000}" "${2:-200}"
