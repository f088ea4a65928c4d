#!/usr/bin/env bash
# The reverse proxy of deploy/nginx/ on this machine, with Debian's nginx (installed when missing):
# it serves static files and picture renditions from disk and hands the rest to gunicorn.
#
#   scripts/proxy.sh config DIR   write DIR/nginx.conf (a complete configuration) and print its path
#   scripts/proxy.sh run          run nginx in the foreground until Ctrl-C
#
# PROXY_LISTEN (127.0.0.1:8080), PROXY_UPSTREAM (127.0.0.1:8000, where gunicorn answers),
# DJANGO_STATIC_ROOT and DJANGO_MEDIA_ROOT (as the site uses them) say where things are.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export STAD_LISTEN="${PROXY_LISTEN:-127.0.0.1:8080}"
export STAD_UPSTREAM="${PROXY_UPSTREAM:-127.0.0.1:8000}"
export STAD_STATIC_ROOT="${DJANGO_STATIC_ROOT:-$ROOT/collected_static}"
export STAD_MEDIA_ROOT="${DJANGO_MEDIA_ROOT:-$ROOT/media}"

install_nginx() {
  command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] && return 0
  echo "proxy.sh: installing nginx-light" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
}

nginx_binary() { command -v nginx || echo /usr/sbin/nginx; }

# A complete nginx.conf around the shipped server block: no root privileges, everything
# (pid file, logs, temporary files) inside DIR, so it runs beside any other nginx.
write_config() {
  local dir
  dir="$(mkdir -p "$1" && cd "$1" && pwd)"
  mkdir -p "$dir/temp"
  # Only our variables: nginx's own ($host, $uri) stay, as in the official image's templates.
  # shellcheck disable=SC2016
  envsubst '${STAD_LISTEN} ${STAD_UPSTREAM} ${STAD_STATIC_ROOT} ${STAD_MEDIA_ROOT}' \
    <"$ROOT/deploy/nginx/stad.conf.template" >"$dir/stad.conf"
  # Workers read the files as the user who runs this script (nginx would otherwise switch to
  # "nobody", who may not enter a private temporary or home folder). A host runs the image or
  # the distribution's nginx service, with its own user, instead.
  local user_line=""
  [[ "$(id -u)" == 0 ]] && user_line="user root;"
  cat >"$dir/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log $dir/access.log;
    client_body_temp_path $dir/temp/body;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
    include $dir/stad.conf;
}
CONF
  echo "$dir/nginx.conf"
}

case "${1:-}" in
  config)
    [[ -n "${2:-}" ]] || { echo "usage: $0 config DIR" >&2; exit 2; }
    install_nginx
    write_config "$2"
    ;;
  run)
    install_nginx
    dir="$(mktemp -d)"
    conf="$(write_config "$dir")"
    echo "proxy.sh: http://$STAD_LISTEN -> gunicorn on $STAD_UPSTREAM" >&2
    # In the background and waited for, so that Ctrl-C or a stop of this script stops nginx too.
    "$(nginx_binary)" -e "$dir/error.log" -c "$conf" -g "daemon off;" &
    nginx_pid=$!
    trap 'kill -QUIT "$nginx_pid" 2>/dev/null; wait "$nginx_pid"; rm -rf "$dir"' EXIT
    trap 'exit 0' INT TERM
    wait "$nginx_pid"
    ;;
  *) echo "usage: $0 config DIR|run" >&2; exit 2 ;;
esac
