#!/usr/bin/env bash
# Runs the whole test suite (installing libglpk-dev/zlib1g-dev first when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
# Also run the tests that build Swift packages against this checkout (Examples/HelloPlugin,
# `plugin new` scaffolds) and load them into metadesign: about two minutes more on two cores,
# so a plain `swift test` skips them. METADESIGN_PACKAGE_TESTS=0 skips them here too.
export METADESIGN_PACKAGE_TESTS="${METADESIGN_PACKAGE_TESTS:-1}"
swift build --build-tests
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift test --skip-build "$@" 2>&1 | tee "$log" || status=$?
# XCTest's totals, restated as one plain closing line (Swift Testing's own line reports only its 0 tests).
summary=$(grep -E "Executed [0-9]+ tests?, with [0-9]+ failures?" "$log" | tail -n 1 || true)
if [ -n "$summary" ]; then
  total=$(echo "$summary" | sed -E 's/.*Executed ([0-9]+) tests?.*/\1/')
  failed=$(echo "$summary" | sed -E 's/.*with ([0-9]+) failures?.*/\1/')
  echo "$((total - failed)) passed, $failed failed"
fi
exit $status
