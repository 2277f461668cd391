<?php
// Router for PHP's built-in web server (`php -S 127.0.0.1:PORT -t DOCROOT router.php`), which
// scripts/wordpress.sh starts. It does what Apache's or nginx's rewrite rules do for WordPress:
// existing files as they are, every other path through index.php (pretty permalinks, /wp-json/).
//
// DOCROOT is assembled by scripts/wordpress.sh: symlinks to Debian's /usr/share/wordpress plus our
// own wp-config.php and wp-content/. PHP resolves symlinks in __DIR__, so WordPress would find
// Debian's wp-config.php (which reads /etc/wordpress/) unless ABSPATH names DOCROOT first.

$newsroom_root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
define('ABSPATH', $newsroom_root . '/');

$newsroom_path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (str_contains($newsroom_path, '..')) {
    http_response_code(400);
    return true;
}
$newsroom_file = $newsroom_root . $newsroom_path;

if (is_dir($newsroom_file)) {
    if (!str_ends_with($newsroom_path, '/')) {
        // /wp-admin -> /wp-admin/, as a web server does for a folder.
        $newsroom_query = parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY);
        header('Location: ' . $newsroom_path . '/' . ($newsroom_query ? "?$newsroom_query" : ''), true, 301);
        return true;
    }
    $newsroom_file .= 'index.php';
}

if (is_file($newsroom_file) && !str_ends_with($newsroom_file, '.php')) {
    return false; // a static file: the built-in server sends it
}
if (!is_file($newsroom_file)) {
    $newsroom_file = $newsroom_root . '/index.php'; // a permalink, the REST API, a 404: WordPress decides
}

$_SERVER['SCRIPT_FILENAME'] = $newsroom_file;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr($newsroom_file, strlen($newsroom_root));
chdir(dirname($newsroom_file));
unset($newsroom_root, $newsroom_path, $newsroom_query);
// (Global scope, as WordPress expects of its entry scripts.)
require $newsroom_file;
