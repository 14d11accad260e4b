# PVE Dash container image.
#   docker compose up -d --build        (see docker-compose.yml)
#   docker build -t pvedash:local .
# Uses only classic-builder features (no RUN --mount, no COPY --chmod), so docker-compose v1,
# which builds without BuildKit, can build it too.

# ---- build stage: compile and package with the committed Maven wrapper ----
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Wrapper and POM first: this layer (Maven itself + all dependencies and plugins) is rebuilt only
# when pom.xml or the wrapper changes, not on every source edit.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q dependency:go-offline

COPY src/ src/
COPY frontend-assets/ frontend-assets/
RUN ./mvnw -B -q -DskipTests package

# Boot 4 "tools" jar mode: split the fat jar into its layers (dependencies, spring-boot-loader,
# snapshot-dependencies, application); --launcher keeps the exploded layout started by JarLauncher.
RUN java -Djarmode=tools -jar target/*.jar extract --layers --launcher --destination /extracted

# ---- runtime stage: JRE only ----
FROM eclipse-temurin:17-jre

# curl for the health check. Current Temurin 17 images ship it, but Adoptium dropped it from the
# 25 images, so install it only if it is missing.
RUN command -v curl >/dev/null \
    || { apt-get update \
         && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
         && rm -rf /var/lib/apt/lists/*; }

# Unprivileged user; /data is created here so a new named volume starts out owned by it.
RUN groupadd --system --gid 10001 pvedash \
    && useradd --system --uid 10001 --gid pvedash --create-home --home-dir /home/pvedash \
       --shell /usr/sbin/nologin pvedash \
    && mkdir /data \
    && chown pvedash:pvedash /data

# Layers from least to most often changed, so a code change only replaces the last one.
# The application files stay owned by root: the app cannot modify itself.
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./

# H2 database, lock file and everything else the app keeps lives in /data.
ENV PVEDASH_DATA_DIR=/data
VOLUME /data

# JVM sized for the 384 MiB limit in docker-compose.yml: a fixed 160 MiB heap (-Xmx, not a
# percentage, so the heap is the same whatever the limit) and SerialGC, the leanest collector.
# Measured with bench/startup.sh (docs/benchmarks.md): RSS ~246 MiB after start, ~274 MiB after the
# run. C1-only (-XX:TieredStopAtLevel=1) would save ~50 MiB but made each sign-in (PBKDF2,
# 310,000 HMAC rounds) take ~930 ms instead of ~135 ms, so it is left out.
# ExitOnOutOfMemoryError lets the restart policy replace a JVM that ran out of heap.
ENV JAVA_TOOL_OPTIONS="-Xmx160m -XX:MaxMetaspaceSize=128m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"

EXPOSE 8080
USER pvedash

# Anonymous callers get {"status":"UP"} (HTTP 200) or 503 when down; curl -f fails on the 503.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS --max-time 4 http://localhost:8080/actuator/health || exit 1

ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
