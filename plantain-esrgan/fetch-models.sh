#!/usr/bin/env bash
# Fetches the ESRGAN weights (TF.js layers models, MIT) from the npm registry at build time with npm pack (no
# node_modules, no install scripts) and places them on the module's classpath as esrgan/SIZE/xSCALE/.
# Slim and medium keep x2, x3 and x4; thick keeps x2 only (28 MB a scale). psnr-small (idealo's PSNR-trained RDN,
# 2.6 MB of uint8-quantized weights, x2 only) comes from @upscalerjs/esrgan-legacy. The package's own sample (its
# fixture.png and UpscalerJS's result for each kept scale) goes to SAMPLES_DIR/SIZE/ for the tests, not the jar.
# Usage: fetch-models.sh OUTPUT_CLASSES_DIR SAMPLES_DIR
set -euo pipefail
out="$1/esrgan"
samples="$2"
work="$(dirname "$1")/npm"
unpack() { # package version: leaves the package in $work/package
  command -v npm >/dev/null || { echo "npm is needed to fetch $1 (install Node.js and npm)" >&2; exit 1; }
  mkdir -p "$work"
  local tgz
  tgz=$(cd "$work" && npm pack --silent "$1@$2" | tail -n 1)
  rm -rf "$work/package"
  tar -xzf "$work/$tgz" -C "$work"
  rm -f "${work:?}/$tgz"
}
fetch() { # size version scales...
  local size="$1" version="$2"
  shift 2
  local first="$out/$size/x$1/model.json"
  [ -s "$first" ] && [ -s "$samples/$size/fixture.png" ] && return 0
  unpack "@upscalerjs/esrgan-$size" "$version"
  mkdir -p "$samples/$size"
  cp "$work/package/assets/fixture.png" "$samples/$size/fixture.png"
  for scale in "$@"; do
    mkdir -p "$out/$size/x$scale"
    cp "$work/package/models/x$scale/"* "$out/$size/x$scale/"
    cp "$work/package/assets/samples/${scale}x/result.png" "$samples/$size/x$scale.png"
  done
  cp "$work/package/LICENSE" "$out/$size/LICENSE"
  rm -rf "$work/package"
}
fetch_legacy() { # version: psnr-small, laid out as the others (x2 only)
  [ -s "$out/psnr-small/x2/model.json" ] && [ -s "$samples/psnr-small/fixture.png" ] && return 0
  unpack "@upscalerjs/esrgan-legacy" "$1"
  mkdir -p "$out/psnr-small/x2" "$samples/psnr-small"
  cp "$work/package/models/psnr-small/"* "$out/psnr-small/x2/"
  cp "$work/package/assets/fixture.png" "$samples/psnr-small/fixture.png"
  cp "$work/package/assets/samples/psnr-small/result.png" "$samples/psnr-small/x2.png"
  cp "$work/package/LICENSE" "$out/psnr-small/LICENSE"
  rm -rf "$work/package"
}
fetch slim 1.0.0 2 3 4
fetch medium 1.0.0 2 3 4
fetch thick 1.0.0 2
fetch_legacy 1.0.0
