#!/usr/bin/env bash
# Installs what the product and its tests need on a fresh Debian machine (.NET 10 SDK already there):
# Chromium for PDF printing and browser tests, poppler-utils to inspect PDFs, DejaVu fonts for charts.
# PostgreSQL is not started here: the tests start their own throwaway clusters from the installed binaries.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installation des prérequis : ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
