#!/bin/sh
# Writes S3Proxy's configuration from the environment, creates the bucket (a directory of the filesystem backend),
# and runs it.
set -eu
data=${S3_DATA_DIR:-/var/lib/s3}
config=/opt/s3proxy/s3proxy.properties
mkdir -p "$data/${S3_BUCKET:-plantain}"
cat > "$config" <<PROPERTIES
s3proxy.endpoint=http://${S3_HOST:-localhost}:${S3_PORT:-9000}
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=${S3_ACCESS_KEY:-plantain}
s3proxy.credential=${S3_SECRET_KEY:-plantain-secret}
jclouds.provider=filesystem
jclouds.identity=plantain
jclouds.credential=plantain
jclouds.filesystem.basedir=$data
PROPERTIES
exec java ${S3_HEAP_OPTS:--Xmx256m} -XX:+UseSerialGC -cp '/opt/s3proxy/lib/*' org.gaul.s3proxy.Main --properties "$config"
