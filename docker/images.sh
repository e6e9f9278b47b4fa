#!/usr/bin/env bash
# Builds Plantain's container images from this checkout's packaged modules (./mvnw package -DskipTests first; the
# ./plantain launcher does that): the Kafka broker, the S3-compatible store and every stage service, each tagged
# plantain/NAME:dev. Run by ./plantain images and by the container test.
#
# The base is any Java 17 runtime image: PLANTAIN_BASE_IMAGE (say eclipse-temurin:17-jre where it can be pulled),
# else plantain/jre:17, built once and then reused: Debian 12 (debootstrap, from the Debian mirror apt already
# uses) with Debian's Java 17 on it. Building that needs root and debootstrap; nothing is pulled from a registry.
#   docker/images.sh          the base when missing, then every image
#   docker/images.sh --base   only the base
set -euo pipefail
cd "$(dirname "$0")/.."

# The stage services, one image each; a new service is one more word here.
services=(planner-service draft-service verifier-service refiner-service upscaler-service)
tag=dev
debian=plantain/debian:bookworm
jre=plantain/jre:17
base=${PLANTAIN_BASE_IMAGE:-$jre}

seconds() { date +%s.%N; }
took() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f s", b - a }'; }
exists() { docker image inspect "$1" >/dev/null 2>&1; }

# The Debian mirror apt is configured with (one-line or deb822 sources), never a host of our own choosing.
debian_mirror() {
    {
        awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:\/\//) { print $i; break } }' \
            /etc/apt/sources.list 2>/dev/null || true
        awk '$1 == "URIs:" { for (i = 2; i <= NF; i++) print $i }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true
        awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:\/\//) { print $i; break } }' \
            /etc/apt/sources.list.d/*.list 2>/dev/null || true
    } | grep -v -e security -e updates | grep '/debian/\?$' | head -1
}

build_debian() {
    command -v debootstrap >/dev/null || { echo "images: debootstrap is missing (apt-get install debootstrap)" >&2; exit 1; }
    [ "$(id -u)" = 0 ] || { echo "images: building the base with debootstrap needs root" >&2; exit 1; }
    local mirror root start
    mirror=$(debian_mirror)
    [ -n "$mirror" ] || { echo "images: no Debian mirror in apt's sources" >&2; exit 1; }
    root=$(mktemp -d)
    start=$(seconds)
    debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
    tar -C "$root" -c . | docker import - "$debian" >/dev/null
    rm -rf "$root"
    echo "images: $debian (debootstrap, minbase) in $(took "$start")"
}

build_base() {
    if [ "$base" != "$jre" ]; then
        return
    fi
    if exists "$jre"; then
        echo "images: $jre present, reused"
        return
    fi
    exists "$debian" || build_debian
    local start
    start=$(seconds)
    docker build -q --network host --build-arg DEBIAN="$debian" -t "$jre" -f docker/jre.Dockerfile docker >/dev/null
    echo "images: $jre (Debian's openjdk-17-jre-headless) in $(took "$start")"
}

# One image: NAME, its Dockerfile, the folder it copies, and extra build arguments. The context is docker/ and
# that folder alone, so a build sends the daemon only what it copies.
build() {
    local name=$1 dockerfile=$2 folder=$3 start
    shift 3
    start=$(seconds)
    tar -c docker "$folder" \
        | docker build -q --network host --build-arg BASE="$base" "$@" -t "plantain/$name:$tag" -f "$dockerfile" - \
            >/dev/null
    echo "images: plantain/$name:$tag in $(took "$start")"
}

build_base
if [ "${1:-}" = "--base" ]; then
    exit 0
fi
build kafka docker/broker.Dockerfile plantain-broker/target/lib
build s3 docker/s3.Dockerfile plantain-s3proxy/target/lib
for service in "${services[@]}"; do
    build "$service" docker/service.Dockerfile "$service/target/quarkus-app" --build-arg SERVICE="$service"
done
