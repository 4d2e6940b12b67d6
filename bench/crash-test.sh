#!/usr/bin/env bash
# Crash test (issue 6): the engine copies the harness corpus to the target Dovecot and is killed with SIGKILL at
# random moments (0 to KILL_WINDOW seconds, default 1.5, after each run's first copy reaches the target), KILLS
# times, each time restarted on the same journal (an H2 file); then it runs to the end and compare-mailboxes.py must
# find every message exactly once, with its flags and date.
#
#   bench/crash-test.sh RUN [KILLS]      (RUN: the harness run folder with the seeded corpus)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
RUN=${1:?RUN folder}; KILLS=${2:-20}; USERS=${USERS:-5}
HARNESS=${HARNESS:-/work/shared/harness}
cd "$root"
if [ ! -f target/migsh.jar ] || [ -n "$(find src/main -newer target/migsh.jar -print -quit)" ]; then
    mvn -q -o -DskipTests package
fi
. "$RUN/harness.env"
"$HARNESS/dovecot-reset-target.sh" "$RUN" >/dev/null 2>&1
work=$(mktemp -d /tmp/migsh-crash.XXXXXX)
javac -cp target/migsh.jar -d "$work/classes" bench/ImapSyncBench.java
run() { exec java -Xmx128m -DinitialOnly=true -cp "target/migsh.jar:$work/classes" ImapSyncBench \
    "$SRC_PORT" "$DST_PORT" "$USERS" imap "$work"; }
# Messages on the target so far (its Maildir files): kills are timed from the run's first copy, not from its start, so
# that each one lands while messages are being copied and not during JVM start-up (which a loaded machine stretches).
on_target() { find "$RUN/dst/mail" -path '*/cur/*' -o -path '*/new/*' 2>/dev/null | wc -l; }
for i in $(seq 1 "$KILLS"); do
    before=$(on_target)
    run > "$work/run-$i.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do
        [ "$(on_target)" -gt "$before" ] || ! kill -0 "$pid" 2>/dev/null && break
        sleep 0.1
    done
    delay=$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.2f", rand() * '"${KILL_WINDOW:-1.5}"' }')
    sleep "$delay"
    if kill -9 "$pid" 2>/dev/null; then
        echo "kill $i ${delay}s after the run's first copy; target: $before messages before the run, $(on_target) after"
    else
        echo "run $i ended before its kill:"; tail -3 "$work/run-$i.log"
    fi
    wait "$pid" 2>/dev/null || true
done
echo "== final run"
run | grep -E "INITIAL|FAILED"
"$HARNESS/compare-mailboxes.py" --src 127.0.0.1:"$SRC_PORT" --dst 127.0.0.1:"$DST_PORT" --users "$USERS" -q | tail -1
rm -rf "$work"
