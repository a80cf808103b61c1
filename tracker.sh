#!/usr/bin/env bash
# Builds and runs the whole tracker on an embedded PostgreSQL, or loads the demo data.
#
#   ./tracker.sh            build, then start the database, the command side (8080), the
#                           query side (8081) and the gateway (8000, the address for people);
#                           Ctrl-C stops them all, the database last
#   ./tracker.sh demo-data  load the Tashkent story into the running system's database
#   ./tracker.sh bench [--quick] [options]
#                           the benchmark (README, "Benchmark"): both applications on a fresh,
#                           durable database; prints one table of figures
#
# Data are kept in .tracker-data/ across restarts. Set SPRING_DATASOURCE_URL (and _USERNAME,
# _PASSWORD for the applications' role, SPRING_FLYWAY_USER and _PASSWORD for the owner role the
# migrations run as; README, "Database roles") to use an external PostgreSQL instead: then no
# embedded database is started. The embedded one creates both roles itself.
set -euo pipefail
cd "$(dirname "$0")"

VERSION=0.1.0-SNAPSHOT
COMMAND_JAR=command-side/target/command-side-$VERSION.jar
QUERY_JAR=query-side/target/query-side-$VERSION.jar
GATEWAY_JAR=gateway/target/gateway-$VERSION.jar
GATEWAY_PORT=${TRACKER_GATEWAY_PORT:-8000}
DATA_DIR=${TRACKER_DATA_DIR:-.tracker-data}
DB_PORT=${TRACKER_DB_PORT:-54329}
export SPRING_DATASOURCE_URL=${SPRING_DATASOURCE_URL:-}
EMBEDDED=false
if [ -z "$SPRING_DATASOURCE_URL" ]; then
  EMBEDDED=true
  export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$DB_PORT/tracker"
fi

build() {
  if [ "${TRACKER_SKIP_BUILD:-false}" != true ]; then
    echo "Building (mvn -DskipTests package)..."
    mvn -B -q -DskipTests package
  fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for NAME PORT PID: wait until the port answers, or fail if the process died.
wait_for() {
  local name=$1 port=$2 pid=$3
  for _ in $(seq 1 240); do
    if port_open "$port"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name failed to start; see its output above." >&2; return 1; fi
    sleep 0.5
  done
  echo "$name did not open port $port in 120 s" >&2
  return 1
}

start_database() {
  if port_open "$DB_PORT"; then
    echo "Port $DB_PORT is already in use: is another ./tracker.sh running?" >&2
    exit 1
  fi
  mkdir -p "$DATA_DIR"
  # setsid: Ctrl-C reaches this script only, which then stops everything in order.
  # The server writes the ready file once its database and roles are set up; the port opens
  # before that, so the applications wait for the file.
  local ready="$DATA_DIR/database.ready"
  rm -f "$ready"
  setsid java -Dloader.main=org.cooperation.tracker.command.devdb.EmbeddedDatabaseServer \
    -cp "$COMMAND_JAR" org.springframework.boot.loader.launch.PropertiesLauncher \
    "$DATA_DIR/postgres" "$DB_PORT" "$ready" &
  DB_PID=$!
  for _ in $(seq 1 240); do
    if [ -f "$ready" ]; then return 0; fi
    if ! kill -0 "$DB_PID" 2>/dev/null; then echo "Embedded PostgreSQL failed to start; see its output above." >&2; exit 1; fi
    sleep 0.5
  done
  echo "Embedded PostgreSQL was not ready in 120 s" >&2
  exit 1
}

PIDS=()
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  # Applications first (they finish in-flight requests), the database last.
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "${DB_PID:-}" ]; then
    kill -TERM "$DB_PID" 2>/dev/null || true
    wait "$DB_PID" 2>/dev/null || true
  fi
  echo "Stopped."
}

run() {
  build
  trap stop_all INT TERM EXIT
  if [ "$EMBEDDED" = true ]; then start_database; fi
  setsid java -jar "$COMMAND_JAR" &
  PIDS+=($!)
  wait_for "command side" 8080 "${PIDS[0]}"
  setsid java -jar "$QUERY_JAR" &
  PIDS+=($!)
  wait_for "query side" 8081 "${PIDS[1]}"
  # Last: it sends people's requests to the two applications above.
  setsid java -jar "$GATEWAY_JAR" --server.port="$GATEWAY_PORT" &
  PIDS+=($!)
  wait_for "gateway" "$GATEWAY_PORT" "${PIDS[2]}"
  cat <<INFO

  The tracker is running.
    For people (one address): http://localhost:$GATEWAY_PORT/   sign in as official / demo-official,
                             or as a liaison (liaison-kg / demo-liaison-kg) for their workspace
    Query API + OpenAPI:     http://localhost:8081/api/status-matrix   http://localhost:8081/swagger-ui.html
    Command API + OpenAPI:   http://localhost:8080/api/...             http://localhost:8080/swagger-ui.html
    Load the demo story:     ./tracker.sh demo-data   (in another terminal)
  Demo accounts (password demo-<user>): secretariat, liaison-kz ... liaison-az, official, auditor, admin.
  Ctrl-C stops everything; data stay in $DATA_DIR/.

INFO
  wait -n "${PIDS[@]}" || true
}

demo_data() {
  if [ ! -f "$COMMAND_JAR" ]; then build; fi
  java -jar "$COMMAND_JAR" --spring.main.web-application-type=none --tracker.demo-data=load
}

# The benchmark starts its own PostgreSQL (or uses TRACKER_BENCH_POSTGRES_URL's server) and both
# applications; it never touches .tracker-data/ or a running ./tracker.sh. Ctrl-C stops what it started.
bench() {
  build
  exec java -jar benchmark/target/benchmark-$VERSION.jar --root . "$@"
}

case "${1:-run}" in
  run) run ;;
  demo-data) demo_data ;;
  bench) shift; bench "$@" ;;
  *) echo "usage: $0 [run|demo-data|bench [--quick] [options]]" >&2; exit 2 ;;
esac
