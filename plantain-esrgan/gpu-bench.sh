#!/usr/bin/env bash
# Runs every packaged upscaler network on a GPU through ONNX Runtime's CUDA provider and prints, per network, its
# speed (bench-upscale's speed table: a 2048x1152 image enlarged x2) and the most GPU memory in use while it ran
# (nvidia-smi, sampled every 100 ms, less what was in use before).
#
# Needs: the CLI built (./mvnw -pl plantain-cli -am package -DskipTests); an NVIDIA driver with nvidia-smi; the CUDA 12
# and cuDNN 9 libraries ONNX Runtime 1.21 loads; and ONNX Runtime's GPU jar of the same version as the CPU jar the CLI
# ships (com.microsoft.onnxruntime:onnxruntime_gpu): ORT_GPU_JAR=PATH, else it is looked for in ~/.m2 (where the
# network allows: ./mvnw dependency:get -Dartifact=com.microsoft.onnxruntime:onnxruntime_gpu:VERSION). It goes first
# on the class path, so its classes and CUDA natives are the ones loaded.
#
# Usage: plantain-esrgan/gpu-bench.sh [DEVICE (gpu)] [TILE_SIZE (512)] [MODELS (psnr-small slim medium thick)]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
device="${1:-gpu}"
tile="${2:-512}"
models="${3:-psnr-small slim medium thick}"
cli="$home/plantain-cli/target/plantain-cli.jar"
[ -s "$cli" ] || { echo "build the CLI first: ./mvnw -pl plantain-cli -am package -DskipTests" >&2; exit 1; }
command -v nvidia-smi >/dev/null || { echo "nvidia-smi not found: no NVIDIA GPU here" >&2; exit 1; }
cpu_jar=$(ls "$home"/plantain-cli/target/lib/onnxruntime-[0-9]*.jar)
version=$(basename "$cpu_jar" .jar | sed 's/^onnxruntime-//')
gpu_jar="${ORT_GPU_JAR:-$HOME/.m2/repository/com/microsoft/onnxruntime/onnxruntime_gpu/$version/onnxruntime_gpu-$version.jar}"
[ -s "$gpu_jar" ] || { echo "ONNX Runtime's GPU jar $version not found at $gpu_jar (set ORT_GPU_JAR)" >&2; exit 1; }
index="${device#gpu}"
index="${index#:}"
index="${index:-0}"

used() { nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -i "$index" | tr -d ' '; }

echo "GPU $index: $(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader -i "$index")"
echo "ONNX Runtime $version (GPU jar $gpu_jar), tiles of $tile"
echo
echo "| network | input | input MP/s | output MP/s | seconds | 2K -> 4K job, s | peak GPU MiB in use |"
echo "|---|---|---|---|---|---|---|"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for model in $models; do
  before=$(used)
  nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -i "$index" -lms 100 > "$work/memory" &
  sampler=$!
  status=0
  java -Xmx2g -cp "$gpu_jar:$cli" dev.plantain.cli.PlantainCli bench-upscale --speed-only --device "$device" \
    --tile-size "$tile" --models "$model" > "$work/out" 2> "$work/err" || status=$?
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$work/memory" | tail -n 1 | tr -d ' ')
  row=$(grep "^| esrgan-$model-x2 |" "$work/out" || true)
  if [ "$status" -ne 0 ] || [ -z "$row" ]; then
    echo "| esrgan-$model-x2 | failed (exit $status): $(tail -n 1 "$work/err") |"
    continue
  fi
  if [ "$((peak - before))" -lt 64 ]; then
    echo "$row GPU memory did not grow ($before -> $peak MiB): it ran on the CPU |"
  else
    echo "$row $((peak - before)) |"
  fi
done
