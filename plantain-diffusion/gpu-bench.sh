#!/usr/bin/env bash
# Runs the diffusion engine on a GPU and prints whether ONNX Runtime's CUDA provider loads (exit 3 when it does
# not), steps per second at 512 and 1024 pixels, and the GPU's peak memory. Not yet run on a GPU (see README).
#
# Usage: plantain-diffusion/gpu-bench.sh [EXPORT_DIR|fixture] [DEVICE] [STEPS]
#   EXPORT_DIR  an Optimum ONNX export (default: a fixture export: proves the CUDA path, not model speed)
#   DEVICE      gpu, gpu:N or cpu (default gpu)
#
# Needs: an NVIDIA driver, CUDA 12.x and cuDNN 9.x libraries on LD_LIBRARY_PATH (ONNX Runtime 1.21's GPU build is
# built against them), Java 17, the module built (./mvnw -pl plantain-diffusion -am package -DskipTests), and ONNX
# Runtime's GPU jar com.microsoft.onnxruntime:onnxruntime_gpu:1.21.1 (ORT_GPU_JAR, or in ~/.m2), which replaces the
# CPU jar onnxruntime-1.21.1.jar on the class path: both hold the same classes, only the GPU one has the CUDA provider.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export_dir="${1:-fixture}"
device="${2:-gpu}"
steps="${3:-20}"
ort_gpu_jar="${ORT_GPU_JAR:-$HOME/.m2/repository/com/microsoft/onnxruntime/onnxruntime_gpu/1.21.1/onnxruntime_gpu-1.21.1.jar}"
out="${OUT:-$(mktemp -d)}"

echo "== machine"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv || echo "no nvidia-smi: no NVIDIA driver"
java -version 2>&1 | head -1
ls /usr/local/cuda*/lib64/libcudart.so* /usr/lib/x86_64-linux-gnu/libcudnn.so* 2>/dev/null | head -5 || true

classpath_file="$here/target/classpath.txt"
if [ ! -f "$classpath_file" ]; then
  # With -am every module writes the file in turn; plantain-diffusion, built last, leaves its own class path (the
  # reactor's modules as their target/classes directories).
  (cd "$here/.." && ./mvnw -B -q -o compile dependency:build-classpath -pl plantain-diffusion -am \
    -Dmdep.outputFile="$classpath_file")
fi
classpath="$here/target/classes:$(cat "$classpath_file")"
if [ "$device" != "cpu" ]; then
  if [ ! -f "$ort_gpu_jar" ]; then
    echo "ONNX Runtime's GPU jar is missing: $ort_gpu_jar (set ORT_GPU_JAR)" >&2
    exit 2
  fi
  classpath="$(echo "$classpath" | tr ':' '\n' | grep -v '/onnxruntime-1\.[0-9.]*\.jar$' | paste -sd:):$ort_gpu_jar"
fi

echo "== memory sampled every 500 ms into $out/gpu-memory.csv"
sampler=""
if command -v nvidia-smi > /dev/null; then
  nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -lms 500 > "$out/gpu-memory.csv" &
  sampler=$!
fi
status=0
java -Xmx4g -Dai.djl.offline=true -Dai.djl.onnx.disable_alternative=true -DDJL_CACHE_DIR="$out/djl" \
  -cp "$classpath" dev.plantain.diffusion.DiffusionBench "$export_dir" "$device" "$steps" 512,1024 \
  2>&1 | tee "$out/bench.log" || status=$?
if [ -n "$sampler" ]; then
  kill "$sampler" 2>/dev/null || true
  echo "GPU memory peak: $(sort -n "$out/gpu-memory.csv" | tail -1) MiB"
fi
exit "$status"
