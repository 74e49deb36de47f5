<?php
// Installs WordPress into the empty database (e2e/wordpress/serve.sh):
// site at http://127.0.0.1:<port>, Twenty Twenty-Three, plain permalinks,
// and an author, the role that may write posts but not paste scripts.
[, $port] = $argv;
// No mail server here: the welcome mail is not sent.
function wp_mail() { return true; }
$_SERVER['HTTP_HOST'] = "127.0.0.1:$port";
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Framework Advisor on WordPress', 'admin', 'admin@example.com', true, '', wp_generate_password());
update_option('siteurl', "http://127.0.0.1:$port");
update_option('home', "http://127.0.0.1:$port");
switch_theme('twentytwentythree');
wp_insert_user(['user_login' => 'author', 'user_pass' => wp_generate_password(),
                'user_email' => 'author@example.com', 'role' => 'author']);
