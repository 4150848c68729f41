#!/usr/bin/env bash
# Runs the whole test suite (installing libglpk-dev/zlib1g-dev first when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift build --build-tests
swift test --skip-build "$@"
