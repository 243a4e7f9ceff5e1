#!/usr/bin/env bash
# Custom build for `ask deploy` (ASK CLI v2). The CLI copies lambda/ to .ask/lambda/, runs this script there as
#   hooks/build.sh <absolute path of the zip to create> <true|false: --debug>
# and uploads whatever zip the script leaves at that path. We type-check the whole project and bundle it with
# the same code as `npm run build` (tools/build/bundle.ts), for the Lambda the stack creates (Node.js 22).
set -euo pipefail

if [[ $# -lt 1 || -z "${1:-}" ]]; then
  echo "usage: hooks/build.sh <absolute zip path> [true|false]" >&2
  exit 2
fi
out_zip="$1"
debug="${2:-false}"

# The project root is this script's folder's parent, whatever the working directory is.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [[ "$debug" == "true" ]]; then
  set -x
  echo "build.sh: project root ${root}, zip ${out_zip}, working directory $(pwd)" >&2
fi

cd "$root"
echo "build.sh: type-checking…" >&2
npx --no-install tsc --noEmit -p "$root"

echo "build.sh: bundling…" >&2
npx --no-install tsx "$root/tools/build/bundle.ts" --out "$out_zip" --target node22

if [[ ! -s "$out_zip" ]]; then
  echo "build.sh: the bundle step did not write ${out_zip}" >&2
  exit 1
fi
