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
