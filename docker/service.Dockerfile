# One image recipe for every stage service; docker-compose.yml and docker/images.sh pass the module as SERVICE.
# Build the jars first: ./mvnw package -DskipTests. BASE is any Java 17 runtime image: eclipse-temurin:17-jre by
# default, plantain/jre:17 where docker/images.sh built one from Debian's packages because nothing can be pulled.
ARG BASE=eclipse-temurin:17-jre
FROM ${BASE}
ARG SERVICE
# Quarkus's fast-jar in layers, the libraries first: they change least, so a rebuild after a code change reuses them.
COPY ${SERVICE}/target/quarkus-app/lib/ /app/lib/
COPY ${SERVICE}/target/quarkus-app/quarkus/ /app/quarkus/
COPY ${SERVICE}/target/quarkus-app/app/ /app/app/
COPY ${SERVICE}/target/quarkus-app/quarkus-run.jar /app/
ENV QUARKUS_HTTP_PORT=8080 \
    JAVA_OPTS_APPEND="-Djava.awt.headless=true"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
