#!/usr/bin/env bash
# No-change incremental sync of a 100,000-message mailbox (issue 6: goal under 2 s). A Dovecot pair of its own (the
# harness's dovecot-up.sh, one user, ports 11173/11174) whose source INBOX gets COUNT small messages written straight
# into its Maildir (seeding that many by APPEND would take most of an hour), plus a second folder of 1,000; the
# engine copies the mailbox to a Maildir once, then syncs again with nothing changed. Prints both, the incremental's
# wall time being the figure; the load average is printed alongside (the machine is shared).
#
#   bench/incremental-100k.sh RUN4 [COUNT]      (RUN4: a scratch folder, not the corpus run folder)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
RUN=${1:?scratch run folder}; COUNT=${2:-100000}; HEAP=${HEAP:-256m}
HARNESS=${HARNESS:-/work/shared/harness}
mkdir -p "$RUN"; RUN=$(cd "$RUN" && pwd)
cd "$root"
if [ ! -f target/migsh.jar ] || [ -n "$(find src/main -newer target/migsh.jar -print -quit)" ]; then
    mvn -q -B -o -DskipTests package
fi
NUSERS=1 "$HARNESS/dovecot-up.sh" "$RUN" 11173 11174 >/dev/null 2>&1
md="$RUN/src/mail/user1/Maildir"
if [ "$(cat "$RUN/count" 2>/dev/null)" != "$COUNT" ]; then
    "$HARNESS/dovecot-down.sh" "$RUN" src >/dev/null 2>&1 || true
    rm -rf "$RUN/src/mail/user1"
    python3 - "$md" "$COUNT" <<'PY'
import os, sys
md, count = sys.argv[1], int(sys.argv[2])
def fill(folder, n, tag):
    for d in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(folder, d), exist_ok=True)
    for i in range(n):
        t = 1420070400 + i * 3000  # 2015 onwards, one message every 50 minutes
        body = ("From: sender%d@example.com\r\nTo: user1@example.com\r\nSubject: %s message %d\r\n"
                "Message-ID: <%s.%d@example.com>\r\nDate: Thu, 1 Jan 2015 00:00:00 +0000\r\n\r\n"
                "Body of message %d, a line of text.\r\n" % (i % 97, tag, i, tag, i, i)).encode()
        p = os.path.join(folder, "cur", "%d.M%dP1.bench,S=%d:2,%s" % (t, i, len(body), "S" if i % 3 else ""))
        with open(p, "wb") as f:
            f.write(body)
        os.utime(p, (t, t))
fill(md, count, "inbox")
fill(os.path.join(md, ".Archive"), 1000, "archive")
open(os.path.join(md, "subscriptions"), "w").write("Archive\n")
PY
    chown -R 8:8 "$RUN/src/mail"
    echo "$COUNT" > "$RUN/count"
    NUSERS=1 "$HARNESS/dovecot-up.sh" "$RUN" 11173 11174 >/dev/null 2>&1
    # Dovecot indexes the new files on the first SELECT; that is the source's one-time cost, not the sync's.
    python3 -c "
import imaplib; m = imaplib.IMAP4('127.0.0.1', 11173); m.login('user1', 'pass1')
print('source INBOX', m.select('INBOX')[1][0].decode(), 'messages'); m.select('Archive'); m.logout()"
fi
work=$(mktemp -d /tmp/migsh-100k.XXXXXX)
trap 'rm -rf "$work"' EXIT
javac -cp target/migsh.jar -d "$work/classes" bench/ImapSyncBench.java
echo "== $COUNT + 1000 messages, one user, Maildir target, -Xmx$HEAP; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "wall %e s, max RSS %M KiB" java -Xmx"$HEAP" -cp "target/migsh.jar:$work/classes" ImapSyncBench \
    11173 11174 1 maildir "$work"
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
