# The local base of Plantain's images where none can be pulled: Debian's own Java 17 runtime on a debootstrapped
# Debian (docker/images.sh imports it as plantain/debian:bookworm). Fonts: the draft renderer and the verifier's
# overlay set text in DejaVu Sans, which eclipse-temurin:17-jre also carries.
ARG DEBIAN=plantain/debian:bookworm
FROM ${DEBIAN}
RUN apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        openjdk-17-jre-headless fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
