#!/usr/bin/env bash
# The main job of the README: the bilan of the committed sample operation, on the embedded default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-prerequisites.sh
dotnet run --project jobs/Vacances.Jobs.csproj -c Release -- bilan "$@"
