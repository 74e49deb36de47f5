<?php
// WordPress configuration for 127.0.0.1, the page tests' WordPress
// (e2e/wordpress/serve.sh). Debian's /usr/share/wordpress/wp-config.php reads it.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . getenv('FA_WP_SOCKET'));
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
// No network, no updates, no background work: a page load does only the page.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('DISALLOW_FILE_MODS', true);
define('WP_DEBUG', false);
$table_prefix = 'wp_';
