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
# snapshot-dependencies, application), in the layout Boot calls CDS-friendly: the libraries as plain
# jars in lib/ and pvedash.jar, whose manifest lists them. A class-data-sharing archive can only
# hold classes loaded from jar files, not from the nested jars of the fat jar or from directories.
RUN java -Djarmode=tools -jar target/*.jar extract --layers --destination /extracted \
        --application-filename pvedash.jar

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

# JVM sized for the 512 MiB limit in docker-compose.yml: a fixed 160 MiB heap (-Xmx, not a
# percentage, so the heap is the same whatever the limit) and SerialGC, the leanest collector. The
# resident size under load, heap, metaspace (about 18,000 classes), JIT code and threads, is in
# docs/benchmarks.md ("Pages under load"). C1-only (-XX:TieredStopAtLevel=1) would save about
# 50 MiB but made each sign-in (PBKDF2, 310,000 HMAC rounds) take ~930 ms instead of ~135 ms, so it
# is left out. ExitOnOutOfMemoryError lets the restart policy replace a JVM that ran out of heap.
# MALLOC_ARENA_MAX=2: glibc would otherwise keep up to 8 malloc arenas per core for the JVM's
# native allocations, memory that is counted against the limit but mostly idle.
# TrimNativeHeapInterval=5000: every 5 s the JVM hands glibc's freed but retained native memory
# (JIT compilations, class loading at start) back to the system; about 25 MiB less resident after
# a load test (docs/benchmarks.md, "Pages under load").
ENV MALLOC_ARENA_MAX=2
ENV JAVA_TOOL_OPTIONS="-Xmx160m -XX:MaxMetaspaceSize=128m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"

# Class-data sharing (docs/benchmarks.md, start-up): a training run starts the app once and stops
# it as soon as the context is ready (Spring's spring.context.exit=onRefresh), and the JVM writes
# every class it loaded, parsed and verified, to app.jsa; each start maps that file instead of
# reading the same classes out of the jars again. The archive is only valid for this JVM and these
# jar files, so it is made here in the runtime stage, after the COPY of the jars, with the same flags
# (JAVA_TOOL_OPTIONS above) and the same class path as the ENTRYPOINT. The run is in demo mode (no
# PVEDASH_PROXMOX_URL: the built-in simulator on a free loopback port, no network), on an empty data
# directory deleted afterwards, without an account (no PVEDASH_ADMIN_*); Tomcat never opens its port.
# -Xlog:cds=off hides one "Skipping ... Signed JAR" line per Bouncy Castle class (signed jars cannot
# be archived); `test -s` fails the build if no archive was written (rerun without -Xlog:cds=off to
# see why). A JRE without the base archive (lib/server/classes.jsa) gets one first: app.jsa is a
# layer on top of it.
RUN { [ -f "$JAVA_HOME/lib/server/classes.jsa" ] || java -Xshare:dump >/dev/null; } \
    && PVEDASH_DATA_DIR=/tmp/cds-training PVEDASH_SIMULATOR_PORT=0 java -Xlog:cds=off \
       -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/pvedash.jar \
    && test -s /app/app.jsa \
    && rm -rf /tmp/cds-training

EXPOSE 8080
USER pvedash

# Anonymous callers get {"status":"UP"} (HTTP 200) or 503 when down; curl -f fails on the 503.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS --max-time 4 http://localhost:8080/actuator/health || exit 1

# If the archive does not match (another JVM, changed jars), the JVM says so in one warning line
# and starts without it.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/pvedash.jar"]
