<?php
// PHP's built-in server in place of Debian's Apache configuration: files
// under /wp-content/ come from WP_CONTENT_DIR (/var/lib/wordpress), other
// existing files are served as they are, everything else is WordPress.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (str_starts_with($path, '/wp-content/')) {
    $file = realpath('/var/lib/wordpress' . $path);
    // Themes are symbolic links into Debian's /usr/share/wordpress/wp-content.
    $inside = fn ($dir) => $file && str_starts_with($file, $dir);
    if ($inside('/var/lib/wordpress/wp-content/') || $inside('/usr/share/wordpress/wp-content/')) {
        $types = ['css' => 'text/css', 'js' => 'text/javascript', 'svg' => 'image/svg+xml',
                  'woff2' => 'font/woff2', 'png' => 'image/png', 'json' => 'application/json'];
        header('Content-Type: ' . ($types[pathinfo($file, PATHINFO_EXTENSION)] ?? 'application/octet-stream'));
        readfile($file);
        return true;
    }
    http_response_code(404);
    return true;
}
if ($path !== '/' && is_file('/usr/share/wordpress' . $path) && !str_ends_with($path, '.php')) {
    return false;
}
$script = is_file('/usr/share/wordpress' . $path) ? $path : '/index.php';
$_SERVER['SCRIPT_NAME'] = $script;
$_SERVER['SCRIPT_FILENAME'] = '/usr/share/wordpress' . $script;
chdir('/usr/share/wordpress');
require '/usr/share/wordpress' . $script;
