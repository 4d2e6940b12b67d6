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
# bin/migsh runs the client compiler only (-XX:TieredStopAtLevel=1, for start-up and for the migration engine), so
# the shell's Export-Clixml and Import-Clixml get these figures rather than the ones above.
n="${1:-100000}"
echo "== $n objects, -Xmx$heap, client compiler only, as bin/migsh runs the JVM"
java -XX:TieredStopAtLevel=1 -Xmx"$heap" -XX:+UseSerialGC -cp "target/migsh.jar:$classes" ClixmlBench "$n"
