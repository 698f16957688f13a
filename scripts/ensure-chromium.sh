#!/usr/bin/env bash
# The docs tests drive Debian's Chromium (/usr/bin/chromium), never a downloaded browser.
# Installs it when missing and we may (root, apt); otherwise says how, and fails.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing chromium for the docs tests (apt-get)..." >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "the docs tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install -y chromium'" >&2
exit 1
