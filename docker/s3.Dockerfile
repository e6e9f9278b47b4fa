# An S3-compatible blob store for the services' S3 path where MinIO cannot be pulled: S3Proxy (Apache-2.0, from Maven
# Central; plantain-s3proxy gathers its classpath) on a filesystem backend. Configured by environment: S3_HOST
# (listened on, default localhost), S3_PORT (9000), S3_ACCESS_KEY / S3_SECRET_KEY (plantain / plantain-secret, as
# docker-compose.yml's MinIO), S3_BUCKET (created at start, plantain).
ARG BASE=eclipse-temurin:17-jre
FROM ${BASE}
COPY plantain-s3proxy/target/lib/ /opt/s3proxy/lib/
COPY docker/s3-start.sh /opt/s3proxy/s3-start.sh
ENTRYPOINT ["sh", "/opt/s3proxy/s3-start.sh"]
