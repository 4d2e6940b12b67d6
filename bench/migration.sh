#!/usr/bin/env bash
# Migration benchmarks (issue 5): New-MigrationBatch from a 50,000-row CSV (goal < 10 s) and
# Get-MigrationUser -ResultSize Unlimited | Group-Object Status over those users (goal < 1 s), in process over a
# fresh data directory. Prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test -Dtest=MigrationBench -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E "users|Group-Object|Start-MigrationBatch|alone"
