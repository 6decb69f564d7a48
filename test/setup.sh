#!/usr/bin/env bash
# Everything the test suite needs on a clean Debian machine: npm packages (without Electron's binary,
# which cannot be downloaded here), Chromium for the end-to-end tests, poppler for PDF text,
# LibreOffice (Calc and Writer) to open the xlsx and docx files.
set -euo pipefail
cd "$(dirname "$0")/.."
need_apt=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || need_apt+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
# LibreOffice opens the generated workbooks the way a recipient's spreadsheet program would.
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-calc-nogui)
# Writer converts the .docx files (issue 18) to text and PDF the way a recipient's Word would open them.
[ -e /usr/lib/libreoffice/program/libswlo.so ] || need_apt+=(libreoffice-writer-nogui)
/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 || need_apt+=(python3-icalendar)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Installér først: sudo apt-get install -y ${need_apt[*]}" >&2
    exit 1
  fi
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ "${CI:-}" = true ]; then
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
