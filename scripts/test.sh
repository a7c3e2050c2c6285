#!/usr/bin/env bash
# The test command of the README: installs the prerequisites, then runs every test project and prints one
# closing line "N passed, N failed" summed over the projects.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-prerequisites.sh || exit 1
log=$(mktemp)
dotnet test Vacances.Analytics.sln -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# dotnet test prints per project: "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, …"
summary=$(grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+' "$log" |
  sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' |
  awk '{f+=$1; p+=$2; s+=$3} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}')
rm -f "$log"
echo "Tests: $summary"
exit "$status"
