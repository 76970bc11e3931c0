# syntax=docker/dockerfile:1

# --- build: the same Maven wrapper as on a developer's machine -------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline
COPY bpmn/ bpmn/
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
 && cp "$(ls target/ratsanfragen-*.jar | grep -v original)" /src/ratsanfragen.jar

# --- run: JRE only, unprivileged user ---------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system ratsanfragen \
 && useradd --system --gid ratsanfragen --home-dir /app --shell /usr/sbin/nologin ratsanfragen
WORKDIR /app
COPY --from=build /src/ratsanfragen.jar /app/ratsanfragen.jar
USER ratsanfragen
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8"
ENTRYPOINT ["java", "-jar", "/app/ratsanfragen.jar"]
