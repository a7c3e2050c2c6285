#!/usr/bin/env bash
# The test command of the README: installs the prerequisites, then runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-prerequisites.sh
dotnet test Vacances.Analytics.sln -c Release "$@"
