<?php
// Publishes a post the way WordPress's editors save one, and prints its URL.
// Usage: php post.php <port> <editor> <role> <title> < content
//   editor: `block` (the content in a Custom HTML block) or `classic` (the
//   classic editor's Text tab: the content as typed, paragraphs added on
//   display by wpautop); role: the user who saves it, `administrator` (may
//   post unfiltered HTML) or `author` (WordPress filters the HTML with kses).
[, $port, $editor, $role, $title] = $argv;
$_SERVER['HTTP_HOST'] = "127.0.0.1:$port";
require '/usr/share/wordpress/wp-load.php';
$content = file_get_contents('php://stdin');
if ($editor === 'block') {
    $content = "<!-- wp:html -->\n$content\n<!-- /wp:html -->";
}
$user = get_users(['role' => $role, 'number' => 1])[0];
wp_set_current_user($user->ID); // kses filters follow the user's capabilities
$id = wp_insert_post(['post_title' => $title, 'post_content' => wp_slash($content),
                      'post_status' => 'publish', 'post_author' => $user->ID], true);
if (is_wp_error($id)) {
    fwrite(STDERR, $id->get_error_message() . "\n");
    exit(1);
}
echo get_permalink($id);
