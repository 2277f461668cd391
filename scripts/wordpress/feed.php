<?php
// Reads feeds the way a partner's WordPress does: fetch_feed() (SimplePie over WordPress's HTTP API,
// with the test site's mu-plugin letting it reach loopback addresses), run with the PHP CLI inside
// the test WordPress of scripts/wordpress.sh. Used by tests/e2e/wordpress.e2e.spec.ts.
// Usage: php scripts/wordpress/feed.php DOCROOT URL...
// Prints one JSON object: { URL: { "title": …, "language": …, "items": [{ "title", "link", "id" }] }
// or { "error": message } } for each URL. Feeds are read afresh (WordPress's 12-hour cache emptied).

define('ABSPATH', rtrim($argv[1] ?? '', '/') . '/');
require ABSPATH . 'wp-load.php';

$urls = array_slice($argv, 2);
if (!$urls) {
    fwrite(STDERR, "usage: php feed.php DOCROOT URL...\n");
    exit(2);
}

$result = [];
foreach ($urls as $url) {
    delete_transient('feed_' . md5($url));
    delete_transient('feed_mod_' . md5($url));
    $feed = fetch_feed($url);
    if (is_wp_error($feed)) {
        $result[$url] = ['error' => $feed->get_error_message()];
        continue;
    }
    $result[$url] = [
        'title' => html_entity_decode($feed->get_title() ?? '', ENT_QUOTES | ENT_HTML5, 'UTF-8'),
        'language' => $feed->get_language(),
        'items' => array_map(fn($item) => [
            // SimplePie hands titles out as HTML (& as &amp;); WordPress's RSS widget decodes them too.
            'title' => html_entity_decode($item->get_title() ?? '', ENT_QUOTES | ENT_HTML5, 'UTF-8'),
            'link' => $item->get_permalink(),
            'id' => $item->get_id(),
        ], $feed->get_items(0, 50)),
    ];
    // Leave no cached copy behind in the test site.
    delete_transient('feed_' . md5($url));
    delete_transient('feed_mod_' . md5($url));
}
echo json_encode($result, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES) . "\n";
