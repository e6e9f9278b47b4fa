#!/bin/sh
# Writes the broker's configuration from the environment, formats its storage when new, and runs it.
set -eu
host=${KAFKA_HOST:-localhost}
port=${KAFKA_PORT:-9092}
controller=${KAFKA_CONTROLLER_PORT:-9093}
data=${KAFKA_DATA_DIR:-/var/lib/kafka}
config=/opt/kafka/server.properties
mkdir -p "$data"
cat > "$config" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$host:$controller
listeners=PLAINTEXT://$host:$port,CONTROLLER://$host:$controller
advertised.listeners=PLAINTEXT://$host:$port,CONTROLLER://$host:$controller
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$data
num.partitions=${KAFKA_PARTITIONS:-3}
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPERTIES
if [ ! -f "$data/meta.properties" ]; then
    # A cluster id is 16 random bytes in URL-safe base64 without padding, as kafka-storage random-uuid prints.
    id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | cut -c 1-22)
    java -cp '/opt/kafka/lib/*' kafka.tools.StorageTool format --standalone -t "$id" -c "$config"
fi
exec java ${KAFKA_HEAP_OPTS:--Xmx512m} -XX:+UseSerialGC -cp '/opt/kafka/lib/*' kafka.Kafka "$config"
