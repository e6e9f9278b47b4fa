#!/usr/bin/env bash
# Fetches the ESRGAN weights (TF.js layers models, MIT) from the npm registry at build time with npm pack (no
# node_modules, no install scripts) and places them on the module's classpath as esrgan/SIZE/xSCALE/.
# Slim and medium keep x2, x3 and x4; thick keeps x2 only (28 MB a scale). The package's own sample (its fixture.png
# and UpscalerJS's result for each kept scale) goes to SAMPLES_DIR/SIZE/ for the tests, not the jar.
# Usage: fetch-models.sh OUTPUT_CLASSES_DIR SAMPLES_DIR
set -euo pipefail
out="$1/esrgan"
samples="$2"
work="$(dirname "$1")/npm"
fetch() { # size version scales...
  local size="$1" version="$2"
  shift 2
  local first="$out/$size/x$1/model.json"
  [ -s "$first" ] && [ -s "$samples/$size/fixture.png" ] && return 0
  command -v npm >/dev/null || { echo "npm is needed to fetch @upscalerjs/esrgan-$size (install Node.js and npm)" >&2; exit 1; }
  mkdir -p "$work"
  local tgz
  tgz=$(cd "$work" && npm pack --silent "@upscalerjs/esrgan-$size@$version" | tail -n 1)
  rm -rf "$work/package"
  tar -xzf "$work/$tgz" -C "$work"
  mkdir -p "$samples/$size"
  cp "$work/package/assets/fixture.png" "$samples/$size/fixture.png"
  for scale in "$@"; do
    mkdir -p "$out/$size/x$scale"
    cp "$work/package/models/x$scale/"* "$out/$size/x$scale/"
    cp "$work/package/assets/samples/${scale}x/result.png" "$samples/$size/x$scale.png"
  done
  cp "$work/package/LICENSE" "$out/$size/LICENSE"
  rm -rf "$work/package" "${work:?}/$tgz"
}
fetch slim 1.0.0 2 3 4
fetch medium 1.0.0 2 3 4
fetch thick 1.0.0 2
