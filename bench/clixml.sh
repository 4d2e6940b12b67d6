#!/usr/bin/env bash
# CLIXML benchmark (issue 4): export and import of 100,000 migration-statistics objects through the CLIXML
# writer and reader. Prints objects/s and peak heap for each direction; the run with a tenth of the objects
# shows that the heap does not grow with the file. Goal: over 50,000 objects/s each way.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ ! -f target/migsh.jar ] || [ -n "$(find src/main -newer target/migsh.jar -print -quit)" ]; then
    mvn -q -o -DskipTests package
fi
# Compiled beforehand rather than by the source launcher: javac running inside the measured JVM shares the JIT and
# the JDK's type profiles with the reader and writer, and made the figures vary by half from run to run.
classes=target/bench-classes
mkdir -p "$classes"
javac -d "$classes" -cp target/migsh.jar bench/ClixmlBench.java
heap="${BENCH_HEAP:-256m}"
for n in "${1:-100000}" "$(( ${1:-100000} / 10 ))"; do
    echo "== $n objects, -Xmx$heap"
    java -Xmx"$heap" -XX:+UseSerialGC -cp "target/migsh.jar:$classes" ClixmlBench "$n"
done
# The same figures with the JVM options bin/migsh starts the shell with (the optimising compiler only where the
# compiler directives allow it), then the shell itself as shipped, on the file that run leaves: a cold process for
# each command, so JIT warm-up, the pipeline and (for the import into a variable) holding every object are counted.
n="${1:-100000}"
file="$(mktemp /tmp/clixml-bench.XXXXXX.xml)"
out="$(mktemp /tmp/clixml-bench.XXXXXX.out.xml)"
home="$(mktemp -d /tmp/clixml-bench.XXXXXX)"
trap 'rm -rf "$file" "$out" "$home"' EXIT
eval "$(grep '^opts=(' bin/migsh)" # the launcher's JVM options, as the array opts (they refer to $root)
echo "== $n objects, -Xmx$heap, the JIT settings of bin/migsh"
java "${opts[@]}" -Xmx"$heap" -cp "target/migsh.jar:$classes" ClixmlBench "$n" "$file"
echo "== the shell as shipped (bin/migsh, one process per command, default heap), on that file"
shell_rate() { # LABEL COMMAND [SETUP]: runs SETUP, then COMMAND timed inside the shell, and prints objects/s
    MIGSH_HOME="$home" bin/migsh -NoProfile -Command "${3:-}; \$t = Measure-Command { $2 }; '{0,-34} {1,6:N2} s {2,8:N0} objects/s' -f '$1', \$t.TotalSeconds, ($n / \$t.TotalSeconds)"
}
shell_rate 'Import-Clixml | Measure-Object' "Import-Clixml '$file' | Measure-Object | Out-Null"
shell_rate '$x = Import-Clixml' "\$x = Import-Clixml '$file'"
shell_rate '$x | Export-Clixml' "\$x | Export-Clixml '$out'" "\$x = Import-Clixml '$file'"
shell_rate 'Import-Clixml | Export-Clixml' "Import-Clixml '$file' | Export-Clixml '$out'"
