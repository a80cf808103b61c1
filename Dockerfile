# Builds one of the applications: docker build --build-arg MODULE=command-side . (or query-side, gateway)
# Image tags are pinned; see docker-compose.yml.
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY shared-kernel shared-kernel
COPY accounts accounts
COPY access access
COPY event-store event-store
COPY command-side command-side
COPY gateway gateway
COPY query-side query-side
COPY benchmark benchmark
ARG MODULE
RUN mvn -B -q -DskipTests -pl ${MODULE} -am package && cp ${MODULE}/target/${MODULE}-*.jar /app.jar

FROM eclipse-temurin:17.0.13_11-jre
RUN useradd --system --uid 10001 tracker
USER tracker
COPY --from=build /app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
