# One image recipe for every stage service; docker-compose.yml passes the module as SERVICE.
# Build the jars first: ./mvnw package -DskipTests
FROM eclipse-temurin:17-jre
ARG SERVICE
COPY ${SERVICE}/target/quarkus-app/ /app/
ENV QUARKUS_HTTP_PORT=8080 \
    JAVA_OPTS_APPEND="-Djava.awt.headless=true"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
