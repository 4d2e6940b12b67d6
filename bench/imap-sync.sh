#!/usr/bin/env bash
# IMAP sync benchmark (issue 6): migrates the harness corpus (USERS users on the source Dovecot) with the engine,
# to the target Dovecot (imap) or to Maildirs (maildir), all users in parallel, then a no-change incremental sync;
# prints messages/s, MiB/s and peak memory, and checks the result with the harness's compare-mailboxes.py.
#
#   bench/imap-sync.sh RUN [imap|maildir]      (RUN: a harness run folder, see ../shared/harness/README.md)
# Env: USERS (5), MSGS (2000), HEAP (128m), JAVA_OPTS (e.g. -XX:TieredStopAtLevel=1), HARNESS, PEERS=1 to run the harness's
# rawcopy_multi_par and mbsync_i2i_par legs right after, on the same corpus and servers (the machine is shared,
# so only figures taken back to back compare).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
RUN=${1:?RUN folder}; KIND=${2:-imap}
USERS=${USERS:-5}; MSGS=${MSGS:-2000}; HEAP=${HEAP:-128m}
HARNESS=${HARNESS:-/work/shared/harness}
cd "$root"
if [ ! -f target/migsh.jar ] || [ -n "$(find src/main -newer target/migsh.jar -print -quit)" ]; then
    mvn -q -o -DskipTests package
fi
NUSERS=$USERS "$HARNESS/dovecot-up.sh" "$RUN" 11143 11144 >/dev/null 2>&1
. "$RUN/harness.env"
params="users=$USERS msgs=$MSGS seed=42 attach_pct=0.5 large=0"
if [ "$(cat "$RUN/seed.params" 2>/dev/null)" != "$params" ]; then
    "$HARNESS/seed-corpus.py" --port "$SRC_PORT" --users "$USERS" --messages "$MSGS" --seed 42 --attach-pct 0.5 \
        --jobs 2 --json "$RUN/seed.json" >/dev/null
    echo "$params" > "$RUN/seed.params"
fi
work=$(mktemp -d /tmp/migsh-bench.XXXXXX)
if [ "$KIND" = imap ]; then "$HARNESS/dovecot-reset-target.sh" "$RUN" >/dev/null 2>&1; fi
echo "== migsh engine, $KIND target, $USERS users x $MSGS messages, -Xmx$HEAP ${JAVA_OPTS:-}"
# Compiled up front, so that compiling the benchmark itself is not part of the measured process.
javac -cp target/migsh.jar -d "$work/classes" bench/ImapSyncBench.java
/usr/bin/time -f "wall %e s, max RSS %M KiB" java -Xmx"$HEAP" ${JAVA_OPTS:-} -cp "target/migsh.jar:$work/classes" ImapSyncBench \
    "$SRC_PORT" "$DST_PORT" "$USERS" "$KIND" "$work"
echo "== compare-mailboxes.py"
if [ "$KIND" = imap ]; then
    "$HARNESS/compare-mailboxes.py" --src 127.0.0.1:"$SRC_PORT" --dst 127.0.0.1:"$DST_PORT" --users "$USERS" -q | tail -3
else
    "$HARNESS/compare-mailboxes.py" --src 127.0.0.1:"$SRC_PORT" --dst-maildir "$work/maildir/user{i}" \
        --maildir-layout maildir++ --ignore-keywords --users "$USERS" -q | tail -3
    # The file-level comparison ignores dates and keywords: serve the Maildirs with a third Dovecot (default
    # Maildir++ layout) and compare over IMAP, dates and keywords included.
    md="$work/md-dovecot"; mkdir -p "$md/run" "$md/state" "$md/log"
    chown -R "$(stat -c %u:%g "$RUN/src/mail")" "$work/maildir"
    chmod 755 "$work"
    sed -e "s|$RUN/src/run|$md/run|; s|$RUN/src/state|$md/state|; s|$RUN/src/log|$md/log|g" \
        -e "s|instance_name = harness-src|instance_name = migsh-maildir-check|" \
        -e "s|home=$RUN/src/mail/%u|home=$work/maildir/%u|; s|mail_location = maildir:~/Maildir|mail_location = maildir:~|" \
        -e "s|port = $SRC_PORT|port = ${MD_PORT:-11145}|" "$RUN/src/dovecot.conf" > "$md/dovecot.conf"
    dovecot -c "$md/dovecot.conf" </dev/null >/dev/null 2>&1
    sleep 1
    echo "== compare-mailboxes.py over IMAP, Maildirs served by Dovecot"
    "$HARNESS/compare-mailboxes.py" --src 127.0.0.1:"$SRC_PORT" --dst 127.0.0.1:"${MD_PORT:-11145}" \
        --users "$USERS" -q | tail -3 || true
    kill "$(cat "$md/run/master.pid")"
fi
rm -rf "$work"
if [ "${PEERS:-0}" = 1 ]; then
    echo "== peers (harness bench-peers.sh), same corpus, right after"
    (cd "$HARNESS" && ./bench-peers.sh "$RUN" rawcopy_multi_par mbsync_i2i_par >/dev/null 2>&1) || true
    tail -2 "$RUN/results/results.tsv" | cut -f1-7
fi
