#!/usr/bin/env bash
# Install everything the test suite needs on a fresh Debian machine with Python 3.11:
# Debian's chromium (browser tests of the review workbench), postgresql (the same flow on a real
# PostgreSQL server), the WenQuanYi and AR PL UMing fonts (generating test PDFs; UMing is the 宋体 of
# corpus/national's print, scripts/print_national.py), poppler-utils (page images),
# libgl1 and libglib2.0-0 (OpenCV, under the OCR extra), then the package with its test extra and the
# corpus generator (tools/synth, a development tool).  Idempotent: a second run installs nothing new.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need+=(fonts-wqy-zenhei)
[ -f /usr/share/fonts/truetype/arphic/uming.ttc ] || need+=(fonts-arphic-uming)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
ls /usr/lib/*/libGL.so.1 >/dev/null 2>&1 || need+=(libgl1)
ls /usr/lib/*/libglib-2.0.so.0 >/dev/null 2>&1 || need+=(libglib2.0-0)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

python3 -m pip install -q --disable-pip-version-check -e ".[test]" -e ./tools/synth
