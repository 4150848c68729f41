#!/usr/bin/env bash
# Installs the system libraries metadesign links against, when they are missing:
# GLPK (libglpk-dev) for linear programming and zlib (zlib1g-dev) for gzipped models.
set -euo pipefail

missing=()
[ -f /usr/include/glpk.h ] || missing+=(libglpk-dev)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "metadesign: installing ${missing[*]} ..." >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "metadesign: need root (or sudo) to install ${missing[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
