#!/usr/bin/env bash
# Installs Debian's Chromium (for headless browser tests/screenshots; browser downloads are blocked here)
# if /usr/bin/chromium is missing, then prints its version. Idempotent; apt output goes to .tmp/chromium-install.log.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOG="$ROOT/.tmp/chromium-install.log"

if [[ ! -x /usr/bin/chromium ]]; then
  [[ $(id -u) == 0 ]] && SUDO=() || SUDO=(sudo -n)
  mkdir -p "$(dirname "$LOG")"
  echo "ensure-chromium: installing chromium with apt-get (log: $LOG)" >&2
  # Another apt/dpkg run may hold the lock: wait for it up to 5 minutes instead of failing.
  APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300)
  if ! { "${APT[@]}" update && "${APT[@]}" install chromium; } >"$LOG" 2>&1; then
    echo "ensure-chromium: apt-get failed; last lines of $LOG:" >&2
    tail -n 20 "$LOG" >&2
    exit 1
  fi
fi
# (Debian's wrapper script prints a harmless "[: unexpected operator" warning on some machines; hide it unless it fails.)
/usr/bin/chromium --version 2>/dev/null || /usr/bin/chromium --version
