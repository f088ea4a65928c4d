# Sourced by scripts/bench.sh and scripts/soak.sh: the production settings for a site that lives
# in a temp dir on this machine for one run, and gunicorn serving it on loopback.
# Needs BIN (the virtualenv's bin) and leaves the caller's database and service URLs alone.

free_port() {
    "$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# throwaway_site_env TMP PORT: production settings, files under TMP, served on 127.0.0.1:PORT.
throwaway_site_env() {
    local tmp=$1 port=$2
    export DJANGO_SETTINGS_MODULE=config.settings.production
    DJANGO_SECRET_KEY="throwaway-$("$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(50))')"
    export DJANGO_SECRET_KEY
    export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost,testserver
    export DJANGO_SECURE_SSL_REDIRECT=false  # plain HTTP on loopback; no TLS proxy in front
    # Required by production settings; nothing is mailed during a run.
    export DJANGO_EMAIL_HOST=127.0.0.1 DJANGO_DEFAULT_FROM_EMAIL=throwaway@localhost
    export DJANGO_MEDIA_ROOT="$tmp/media" DJANGO_STATIC_ROOT="$tmp/static"
    export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$port"
    # The page cache's store when there is no Redis (files shared by the workers).
    export DJANGO_PAGE_CACHE_DIR="$tmp/page-cache"
}

# start_gunicorn PORT WORKERS: sync workers in the background; sets $server to the master's pid
# and returns once both workers answer.
start_gunicorn() {
    local port=$1 workers=$2
    "$BIN/gunicorn" config.wsgi:application --bind "127.0.0.1:$port" --workers "$workers" \
        --worker-class sync --timeout 120 --log-level warning &
    server=$!
    for _ in $(seq 100); do
        curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break
        sleep 0.2
    done
    curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz"
    sleep 1  # every worker booted, not only the first to answer
}

# The production stack of scripts/services.sh for one run: PostgreSQL, Redis and the OpenSearch
# node, started when not running and stopped again by stack_services_down when this run started
# them. stack_services_up NAME REDIS_DB: a fresh database NAME, Redis database REDIS_DB emptied,
# search indexes prefixed NAME_; exports DATABASE_URL, REDIS_URL, SEARCH_URL and
# SEARCH_INDEX_PREFIX.
stack_started=""
stack_was_up=()
stack_services_up() {
    local name=$1 redis_db=$2 up=()
    pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && up+=(postgres)
    redis-cli -p 6379 ping >/dev/null 2>&1 && up+=(redis)
    curl -fs -o /dev/null --max-time 2 http://127.0.0.1:9200/ && up+=(opensearch)
    stack_was_up=("${up[@]}")
    export PG_DATABASE=$name
    stack_started=yes  # after PG_DATABASE: the EXIT trap drops that database
    scripts/services.sh start postgres
    stack_drop_database
    scripts/services.sh start postgres  # creates this run's database
    scripts/services.sh start redis
    scripts/services.sh start opensearch
    eval "$(scripts/services.sh env)"
    export REDIS_URL="${REDIS_URL%/0}/$redis_db" SEARCH_INDEX_PREFIX="${name}_"
    redis-cli -n "$redis_db" flushdb >/dev/null
}

stack_drop_database() { su postgres -c "dropdb --if-exists --force $PG_DATABASE"; }

# In an EXIT trap: this run's database dropped, the services it started stopped.
stack_services_down() {
    [ -n "$stack_started" ] || return 0
    stack_drop_database || true
    for service in postgres redis opensearch; do
        [[ " ${stack_was_up[*]} " == *" $service "* ]] || scripts/services.sh stop "$service" || true
    done
}
