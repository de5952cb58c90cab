#!/usr/bin/env bash
# Debian packages the test suite needs: Chromium and Japanese fonts for the browser tests, PostgreSQL
# for the second database engine, poppler-utils to read generated PDFs, LibreOffice Calc (no GUI) to
# check that exported .xlsx files open in a real spreadsheet program. Skips what is already there.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
