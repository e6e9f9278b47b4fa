# A one-node Apache Kafka broker (KRaft, broker and controller in one process) from the jars plantain-broker gathers
# (./mvnw package -pl plantain-broker), for where apache/kafka cannot be pulled. Configured by environment:
# KAFKA_HOST (listened on and advertised, default localhost), KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093),
# KAFKA_PARTITIONS (default partitions of a new topic, 3).
ARG BASE=eclipse-temurin:17-jre
FROM ${BASE}
COPY plantain-broker/target/lib/ /opt/kafka/lib/
COPY docker/broker-start.sh /opt/kafka/broker-start.sh
ENTRYPOINT ["sh", "/opt/kafka/broker-start.sh"]
