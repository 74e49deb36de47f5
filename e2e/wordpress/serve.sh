#!/usr/bin/env bash
# A real WordPress for the page tests (e2e/wordpress.spec.mjs): Debian's
# `wordpress` package (6.1) with its Twenty Twenty-Three theme, on a MariaDB
# of its own (a fresh data directory in <dir>, a Unix socket, no network),
# served by PHP's built-in server on 127.0.0.1:<port> only.
# Usage: bash e2e/wordpress/serve.sh <port> <dir>   (runs until killed)
# scripts/setup.sh installs the packages.
set -euo pipefail
port=$1
dir=$2
here=$(cd "$(dirname "$0")" && pwd)
export FA_WP_SOCKET="$dir/mysqld.sock"

mkdir -p "$dir"
mariadb-install-db --no-defaults --user=root --datadir="$dir/db" \
  --auth-root-authentication-method=normal --skip-test-db >"$dir/install-db.log" 2>&1
mariadbd --no-defaults --user=root --datadir="$dir/db" --socket="$FA_WP_SOCKET" \
  --skip-networking --pid-file="$dir/mysqld.pid" --log-error="$dir/mysqld.err" &
for _ in $(seq 200); do
  mariadb-admin --no-defaults --socket="$FA_WP_SOCKET" -uroot ping >/dev/null 2>&1 && break
  sleep 0.1
done
mariadb --no-defaults --socket="$FA_WP_SOCKET" -uroot -e 'CREATE DATABASE IF NOT EXISTS wordpress'

# Debian's wp-config.php reads /etc/wordpress/config-<host>.php.
install -m 0644 "$here/config.php" /etc/wordpress/config-127.0.0.1.php
php "$here/install.php" "$port"
# Four workers: the page, its theme's files and the widget's requests at once.
PHP_CLI_SERVER_WORKERS=4 exec php -S "127.0.0.1:$port" -t /usr/share/wordpress "$here/router.php"
