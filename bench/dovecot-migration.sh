#!/usr/bin/env bash
# Migration benchmark on real servers (issue 6): migsh itself (bin/migsh, the way an admin runs it: target mailboxes,
# endpoint, batch from a CSV with -AutoStart) copies the harness corpus (USERS users x MSGS messages on the source
# Dovecot) to the target Dovecot; then a second migsh process on the same data directory runs a no-change incremental
# sync (Set-MigrationBatch -SyncNow). mbsync, one process per user on the same servers and corpus, does the same two
# passes right after. Prints messages/s, MiB/s and peak memory (max RSS from /usr/bin/time) of each pass, with
# compare-mailboxes.py's verdict on each full copy and the machine load.
#
#   bench/dovecot-migration.sh RUN [imap|maildir]     (RUN: a harness run folder, see ../shared/harness/README.md)
# imap (default): the mailboxes live in a mailbox database on the target Dovecot. maildir: in migsh's default
# database (Maildirs in Dovecot's Maildir++ layout under its EdbFilePath), which a third Dovecot (port MD_PORT, 11145)
# then serves from a copy so that compare-mailboxes.py checks content, flags, keywords and dates over IMAP.
# Env: USERS (5), MSGS (2000), HARNESS, MBSYNC=0 to skip the mbsync legs, MIGSH_JAVA_OPTS (bin/migsh passes it to the
# JVM, e.g. -Xmx128m: without it the heap may grow to a quarter of the RAM, and the peak RSS with it).
# CPU is user + system time of the measured processes (the servers' CPU not included): on a shared machine it
# varies less with the load than wall time does. Rates count the seeded corpus (seed.json): messages and bytes as appended to the source. "phase" times are measured
# inside migsh from the batch's creation to Synced (JVM start and shell start-up excluded); "process" times include
# them and are what compares with mbsync's process times. "state store" is the size of migsh's H2 file after the pass.
# The first run after a build also writes bin/migsh's class-data archive when the full pass exits (1-2 CPU s more in
# that pass): run the bench twice after a build and keep the second run's figures.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
RUN=${1:?RUN folder}; KIND=${2:-imap}; USERS=${USERS:-5}; MSGS=${MSGS:-2000}; MD_PORT=${MD_PORT:-11145}
HARNESS=${HARNESS:-/work/shared/harness}
mkdir -p "$RUN"; RUN=$(cd "$RUN" && pwd)
cd "$root"
if [ ! -f target/migsh.jar ] || [ -n "$(find src/main cmdlets -newer target/migsh.jar -print -quit)" ]; then
    mvn -q -B -o -DskipTests package
fi
command -v mbsync >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q isync >/dev/null
NUSERS=$USERS "$HARNESS/dovecot-up.sh" "$RUN" 11143 11144 >/dev/null 2>&1
. "$RUN/harness.env"
params="users=$USERS msgs=$MSGS seed=42 attach_pct=0.5 large=0"
if [ "$(cat "$RUN/seed.params" 2>/dev/null)" != "$params" ] || [ ! -s "$RUN/seed.json" ]; then
    "$HARNESS/seed-corpus.py" --port "$SRC_PORT" --users "$USERS" --messages "$MSGS" --seed 42 --attach-pct 0.5 \
        --jobs 2 --json "$RUN/seed.json" >/dev/null
    echo "$params" > "$RUN/seed.params"
fi
read -r TOT_MSGS TOT_BYTES < <(python3 -c "import json;d=json.load(open('$RUN/seed.json'));print(d['total_messages'],d['total_bytes'])")
work=$(mktemp -d /tmp/migsh-dovecot-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# rate LABEL SECONDS TIMEFILE [EXTRA]: one result line; messages and MiB of the whole corpus over SECONDS.
rate() {
    python3 - "$1" "$2" "$3" "$TOT_MSGS" "$TOT_BYTES" "${4:-}" <<'PY'
import re, sys
label, secs, tf, msgs, size, extra = sys.argv[1:]
secs = float(secs); msgs = int(msgs); mib = int(size) / 2**20
rss = cpu = 0.0
for f in tf.split(","):
    t = open(f).read()
    rss += int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
    cpu += sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", t))
print("%-30s %7.2f s %6.0f msgs/s %6.2f MiB/s  peak RSS %6.1f MiB  CPU %5.1f s %s"
      % (label, secs, msgs / secs, mib / secs, rss, cpu, extra))
PY
}
wall() { python3 - "$1" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
h, m, s = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", t).groups()
print(round(int(h or 0) * 3600 + int(m) * 60 + float(s), 2))
PY
}
compare() { "$HARNESS/compare-mailboxes.py" --src 127.0.0.1:"$SRC_PORT" --dst 127.0.0.1:"${CMP_PORT:-$DST_PORT}" \
    --users "$USERS" --strict-empty -q "$@" 2>&1 | tail -1; }
# compare_maildir: serves a copy of migsh's mail store (one Maildir per address) with a Dovecot of its own, in the
# default Maildir++ layout, and compares over IMAP; Dovecot reads INTERNALDATE from the file times.
compare_maildir() {
    local md="$work/md-dovecot"
    [ -f "$md/run/master.pid" ] && kill "$(cat "$md/run/master.pid")" 2>/dev/null && sleep 1
    rm -rf "$md"; mkdir -p "$md/run" "$md/state" "$md/log"
    cp -a "$home/mailstore" "$md/mail"
    chown -R "$(stat -c %u:%g "$RUN/src/mail")" "$md/mail"; chmod 755 "$work" "$md"
    sed -e "s|$RUN/dst/run|$md/run|; s|$RUN/dst/state|$md/state|; s|$RUN/dst/log|$md/log|g" \
        -e "s|instance_name = harness-dst|instance_name = migsh-maildir-check|; s|port = $DST_PORT|port = $MD_PORT|" \
        -e "s|mail_location = .*|mail_location = maildir:$md/mail/%u@contoso.com|" \
        -e "s|home=$RUN/dst/mail/%u|home=$md/home/%u|; s|separator = /|separator = .|" \
        "$RUN/dst/dovecot.conf" > "$md/dovecot.conf"
    dovecot -c "$md/dovecot.conf" </dev/null >/dev/null 2>&1
    sleep 1
    CMP_PORT=$MD_PORT compare
    kill "$(cat "$md/run/master.pid")"
}

echo "== $KIND target; corpus: $USERS users, $TOT_MSGS messages, $(python3 -c "print('%.1f' % ($TOT_BYTES / 2**20))") MiB; $(nproc) cores;" \
     "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- migsh: full migration, then a no-change incremental sync in a second process ----
"$HARNESS/dovecot-reset-target.sh" "$RUN" >/dev/null 2>&1
home="$work/home"; mkdir -p "$home"
{ echo "EmailAddress,UserName,Password"; for i in $(seq 1 "$USERS"); do echo "user$i@contoso.com,user$i,pass$i"; done; } \
    > "$home/users.csv"
cat > "$work/full.ps1" <<PS
New-AcceptedDomain -Name contoso.com -DomainName contoso.com | Out-Null
$( [ "$KIND" = imap ] && echo "New-MailboxDatabase -Name dst -ImapServer 127.0.0.1 -Port $DST_PORT -Security None | Out-Null" )
foreach (\$i in 1..$USERS) {
  New-Mailbox -Name "user\$i" -MicrosoftOnlineServicesID "user\$i@contoso.com" -Password (ConvertTo-SecureString "pass\$i" -AsPlainText -Force) $( [ "$KIND" = imap ] && echo "-Database dst" ) | Out-Null
}
New-MigrationEndpoint -IMAP -Name src -RemoteServer 127.0.0.1 -Port $SRC_PORT -Security None | Out-Null
\$t0 = Get-Date
New-MigrationBatch -Name b1 -SourceEndpoint src -CSVData ([System.IO.File]::ReadAllBytes("$home/users.csv")) -AutoStart | Out-Null
while ((Get-MigrationBatch b1).Status -notin 'Synced','SyncedWithErrors','Failed') { Start-Sleep -Milliseconds 100 }
"PHASE " + ((Get-Date) - \$t0).TotalSeconds
"STATUS " + (Get-MigrationBatch b1).Status
PS
cat > "$work/incremental.ps1" <<PS
\$t0 = Get-Date
Set-MigrationBatch b1 -SyncNow
while (@(Get-SyncRequest | Where-Object Status -ne 'Synced').Count -gt 0) { Start-Sleep -Milliseconds 50 }
"PHASE " + ((Get-Date) - \$t0).TotalSeconds
"STATUS " + (Get-MigrationBatch b1).Status
Get-MigrationUser -BatchId b1 | Get-MigrationUserStatistics | ForEach-Object { "USER \$(\$_.Identity) \$(\$_.Status) \$(\$_.SyncedItemCount)" }
PS
for pass in full incremental; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    MIGSH_HOME="$home" NO_COLOR=1 TERM=dumb /usr/bin/time -v -o "$work/$pass.time" bin/migsh -File "$work/$pass.ps1" \
        </dev/null > "$work/$pass.log" 2>&1 || { cat "$work/$pass.log"; exit 1; }
    grep -q "^STATUS Synced$" "$work/$pass.log" || { echo "migsh $pass pass did not end Synced:"; cat "$work/$pass.log"; exit 1; }
    phase=$(sed -n 's/^PHASE //p' "$work/$pass.log")
    rate "migsh $pass (phase)" "$phase" "$work/$pass.time" "load $load"
    rate "migsh $pass (process)" "$(wall "$work/$pass.time")" "$work/$pass.time" \
        "state store $(du -k "$home/state.mv.db" | cut -f1) KiB"
    if [ "$KIND" = imap ]; then echo "   compare after migsh $pass: $(compare)"
    else echo "   compare after migsh $pass (Maildirs served by Dovecot): $(compare_maildir)"; fi
done

[ "${MBSYNC:-1}" = 1 ] || exit 0
# ---- mbsync: one process per user (as the harness's mbsync_i2i_par leg runs it), then the same again with nothing to do ----
# The channel settings of the harness's bench-peers.sh: pull, create folders on the target, keep arrival dates.
for i in $(seq 1 "$USERS"); do cat <<EOF
IMAPAccount src$i
Host 127.0.0.1
Port $SRC_PORT
User user$i
Pass pass$i
SSLType None
AuthMechs LOGIN

IMAPStore src$i
Account src$i

IMAPAccount dst$i
Host 127.0.0.1
Port $DST_PORT
User user$i
Pass pass$i
SSLType None
AuthMechs LOGIN

IMAPStore dst$i
Account dst$i

Channel i2i$i
Far :src$i:
Near :dst$i:
Patterns *
Create Near
Sync Pull
Expunge None
CopyArrivalDate yes
SyncState $work/mbstate/i2i$i/

EOF
done > "$work/mbsyncrc"
for pass in full incremental; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    if [ $pass = full ]; then
        "$HARNESS/dovecot-reset-target.sh" "$RUN" >/dev/null 2>&1
    fi
    start=$(date +%s.%N); times=""
    for i in $(seq 1 "$USERS"); do
        mkdir -p "$work/mbstate/i2i$i"
        /usr/bin/time -v -o "$work/mb-$pass-$i.time" mbsync -c "$work/mbsyncrc" "i2i$i" > "$work/mb-$pass-$i.log" 2>&1 &
        times+="${times:+,}$work/mb-$pass-$i.time"
    done
    wait
    secs=$(python3 -c "import time; print(round(time.time() - $start, 2))")
    rate "mbsync x$USERS $pass (process)" "$secs" "$times" "load $load (sum of $USERS processes)"
    [ $pass = full ] && echo "   compare after mbsync (X-TUID stripped): $(compare --strip-header X-TUID)"
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
