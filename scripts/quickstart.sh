#!/usr/bin/env bash
# One command from a fresh Debian machine to a result: install what is missing,
# build metadesign (release), and run FBA on the shipped genome-scale E. coli model.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift build -c release --product metadesign
.build/release/metadesign fba models/iML1515.xml.gz
