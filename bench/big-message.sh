#!/usr/bin/env bash
# One 150 MB message through the engine with -Xmx256m (issue 6: bounded memory, a 150 MB message migrates with
# -Xmx256m): a separate Dovecot pair with one user, the message appended to the source, then synced to the IMAP
# target and to a Maildir; compare-mailboxes.py checks both; prints peak heap and RSS.
#
#   bench/big-message.sh RUN2 [SIZE_MB]     (RUN2: a scratch folder, not the corpus run folder)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
RUN=${1:?scratch run folder}; MB=${2:-150}; HEAP=${HEAP:-256m}
HARNESS=${HARNESS:-/work/shared/harness}
cd "$root"
if [ ! -f target/migsh.jar ] || [ -n "$(find src/main -newer target/migsh.jar -print -quit)" ]; then
    mvn -q -o -DskipTests package
fi
NUSERS=1 "$HARNESS/dovecot-up.sh" "$RUN" 11153 11154 >/dev/null 2>&1
"$HARNESS/dovecot-reset-target.sh" "$RUN" >/dev/null 2>&1
python3 - "$MB" <<'PY'
import imaplib, sys, os, base64
mb = int(sys.argv[1])
m = imaplib.IMAP4("127.0.0.1", 11153); m.login("user1", "pass1")
typ, dat = m.select("INBOX")
if int(dat[0]) == 0:
    raw = os.urandom(mb * 1024 * 1024 * 3 // 4 * 76 // 78 - 1024)
    b64 = base64.encodebytes(raw)
    msg = (b"From: a@example.com\r\nTo: b@example.com\r\nSubject: big %d MB\r\nMessage-ID: <big@example.com>\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           % mb) + b64.replace(b"\n", b"\r\n")
    m.append("INBOX", r"(\Seen $Label1)", imaplib.Time2Internaldate(1600000000), msg)
    print("appended %.1f MiB" % (len(msg) / 1048576))
m.logout()
PY
work=$(mktemp -d /tmp/migsh-big.XXXXXX)
for kind in imap maildir; do
    echo "== $kind target, -Xmx$HEAP"
    /usr/bin/time -f "wall %e s, max RSS %M KiB" java -Xmx"$HEAP" -cp target/migsh.jar bench/ImapSyncBench.java \
        11153 11154 1 "$kind" "$work/$kind" | grep -v INCREMENTAL
done
"$HARNESS/compare-mailboxes.py" --src 127.0.0.1:11153 --dst 127.0.0.1:11154 --users 1 -q | tail -1
"$HARNESS/compare-mailboxes.py" --src 127.0.0.1:11153 --dst-maildir "$work/maildir/maildir/user{i}" \
    --maildir-layout maildir++ --ignore-keywords --users 1 -q | tail -1
rm -rf "$work"
"$HARNESS/dovecot-down.sh" "$RUN" >/dev/null 2>&1 || true
