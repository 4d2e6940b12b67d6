#!/usr/bin/env bash
# Runs DovecotIT (admin logins, STARTTLS, CONDSTORE flag changes) against a real Dovecot pair: the harness's
# dovecot-up.sh on ports 11163/11164 (TLS enabled), the source given a master user "admin" (password
# "adminpass", separator '*'), and a small corpus for user1.
#
#   bench/dovecot-it.sh RUN3      (RUN3: a scratch folder of its own)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
RUN=${1:?scratch run folder}; HARNESS=${HARNESS:-/work/shared/harness}
NUSERS=2 "$HARNESS/dovecot-up.sh" "$RUN" 11163 11164 11995 11996 >/dev/null
# dovecot-up.sh rewrites the configuration on each start, so the source is restarted by hand with the master passdb.
if ! grep -q auth_master_user_separator "$RUN/src/dovecot.conf"; then
    echo "admin:{PLAIN}adminpass::::::" > "$RUN/src/masters"
    cat >> "$RUN/src/dovecot.conf" <<CONF
auth_master_user_separator = *
passdb {
  driver = passwd-file
  master = yes
  pass = yes
  args = scheme=PLAIN username_format=%u $RUN/src/masters
}
CONF
    "$HARNESS/dovecot-down.sh" "$RUN" src >/dev/null 2>&1 || true
    sleep 1
    dovecot -c "$RUN/src/dovecot.conf" </dev/null >/dev/null 2>&1
    sleep 1
    "$HARNESS/seed-corpus.py" --port 11163 --users 1 --messages 60 --seed 7 --no-cpython --force >/dev/null
fi
cd "$root"
MIGSH_DOVECOT_IT=11163,11164 MIGSH_DOVECOT_IT_RUN="$(cd "$RUN" && pwd)" mvn -q -B -o test -Dtest=DovecotIT
echo "DovecotIT passed"
