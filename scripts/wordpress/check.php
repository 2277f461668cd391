<?php
// The PHP half of scripts/wordpress-check.sh, run with the PHP CLI inside the test WordPress
// (bootstrapped through wp-load.php like any WordPress script):
//   php check.php DOCROOT setup TAG            an author and Application Passwords; prints JSON
//   php check.php DOCROOT verify TAG FIXTURES  fetch_feed(), oEmbed discovery and its cache
//   php check.php DOCROOT cleanup TAG FIXTURES removes everything named after TAG
// Everything created is named "newsroom-check-TAG" so that cleanup finds it, even after a failure.

define('ABSPATH', rtrim($argv[1] ?? '', '/') . '/');
require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

[, , $command, $tag] = $argv + [null, null, '', ''];
$fixtures = rtrim($argv[4] ?? '', '/');
$name = "newsroom-check-$tag";
if (!preg_match('/^[a-z0-9]+$/', $tag)) {
    fwrite(STDERR, "usage: php check.php DOCROOT setup|verify|cleanup TAG [FIXTURES_URL]\n");
    exit(2);
}

$failures = 0;
function check(bool $condition, string $message): void
{
    global $failures;
    echo ($condition ? 'ok   ' : 'FAIL ') . $message . "\n";
    if (!$condition) {
        $failures++;
    }
}

function fixture_hits(string $fixtures, string $path): int
{
    $hits = json_decode(file_get_contents("$fixtures/_hits"), true);
    return $hits[$path] ?? 0;
}

if ($command === 'setup') {
    $admin = get_user_by('login', getenv('WP_ADMIN_USER') ?: 'admin');
    [$adminPassword] = WP_Application_Passwords::create_new_application_password($admin->ID, ['name' => $name]);
    // An author: may publish, but has no unfiltered_html (only editors and administrators do).
    $authorId = wp_insert_user([
        'user_login' => $name,
        'user_email' => "$name@example.org",
        'user_pass' => wp_generate_password(24),
        'role' => 'author',
    ]);
    [$authorPassword] = WP_Application_Passwords::create_new_application_password($authorId, ['name' => $name]);
    echo json_encode([
        'admin' => ['login' => $admin->user_login, 'password' => $adminPassword],
        'author' => ['login' => $name, 'password' => $authorPassword, 'id' => $authorId],
    ]) . "\n";
    exit(0);
}

if ($command === 'verify') {
    // --- fetch_feed(): SimplePie inside WordPress, over WordPress's HTTP API --------------------
    // Fetched feeds are cached for 12 hours in transients: start from none.
    foreach (["$fixtures/feed.xml", home_url('/feed/')] as $feedUrl) {
        delete_transient('feed_' . md5($feedUrl));
        delete_transient('feed_mod_' . md5($feedUrl));
    }
    $feed = fetch_feed("$fixtures/feed.xml");
    check(!is_wp_error($feed), 'fetch_feed() reads an RSS feed from another site' . (is_wp_error($feed) ? ': ' . $feed->get_error_message() : ''));
    if (!is_wp_error($feed)) {
        $titles = array_map(fn($item) => $item->get_title(), $feed->get_items(0, 10));
        check($titles === ['Мактаби нав дар Хатлон', 'Новая школа в Согде'], 'its items, Tajik and Russian titles intact: ' . implode(' | ', $titles));
    }
    $own = fetch_feed(home_url('/feed/'));
    $ownTitles = is_wp_error($own) ? [] : array_map(fn($item) => $item->get_title(), $own->get_items(0, 20));
    $published = get_posts(['name' => $name, 'post_type' => 'post', 'post_status' => 'publish']);
    check($published && in_array($published[0]->post_title, $ownTitles, true), 'fetch_feed() of the site\'s own feed lists the post made through the REST API');
    check(get_transient('feed_' . md5("$fixtures/feed.xml")) !== false, 'the fetched feed is cached in a transient (feed_<md5 of URL>)');

    // --- oEmbed discovery for a provider WordPress does not know --------------------------------
    $url = "$fixtures/article";
    check(_wp_oembed_get_object()->get_provider($url, ['discover' => false]) === false, 'the fixture is not a registered (trusted) provider');
    $html = wp_oembed_get($url);
    check(is_string($html) && str_contains($html, '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"'),
        'wp_oembed_get() finds the endpoint by discovery and returns its iframe, sandboxed: ' . var_export($html, true));
    check(is_string($html) && str_contains($html, "$fixtures/embed/1#?secret=") && str_contains($html, 'data-secret='),
        'the iframe src gets a #?secret= for WordPress\'s resize messages');
    check(is_string($html) && !str_contains($html, 'style=') && !str_contains($html, 'loading='),
        'attributes outside WordPress\'s list (style, loading) are stripped; src, width, height, title stay');
    check(wp_oembed_get("$fixtures/article-script") === false, 'a discovered provider whose html has no iframe (a script) is refused');

    // The embed cache: outside a post, WP_Embed keeps the HTML in an `oembed_cache` post.
    global $wp_embed, $post;
    $post = null;
    $before = fixture_hits($fixtures, '/oembed');
    $first = $wp_embed->shortcode([], $url);
    $cached = get_posts(['post_type' => 'oembed_cache', 'post_status' => 'publish', 's' => "$fixtures/embed/1", 'numberposts' => 5]);
    $second = $wp_embed->shortcode([], $url);
    check(str_contains($first, '<iframe') && count($cached) === 1, 'WP_Embed::shortcode() without a post stores the HTML as an oembed_cache post');
    check(fixture_hits($fixtures, '/oembed') === $before + 1 && $first === $second, 'and asks the provider once: the second embed comes from that cache');

    // In a post written by an author (no unfiltered_html), rendering embeds the URL all the same.
    $author = get_user_by('login', $name);
    check(!user_can($author, 'unfiltered_html') && user_can($author, 'publish_posts'), 'the author can publish but lacks unfiltered_html');
    $authorPosts = get_posts(['author' => $author->ID, 'post_type' => 'post', 'post_status' => 'publish']);
    $embeds = [];
    foreach ($authorPosts ? get_post_meta($authorPosts[0]->ID) : [] as $key => $values) {
        if (preg_match('/^_oembed_[0-9a-f]{32}$/', $key)) {
            $embeds[$key] = $values[0];
        }
    }
    check(count($embeds) === 1 && str_contains(reset($embeds), "$fixtures/embed/1"), 'the author\'s post, once viewed, caches its embed in post meta: ' . implode(', ', array_keys($embeds)));

    // --- Without the test site's mu-plugin: WordPress's own rule for such URLs -------------------
    remove_all_filters('http_request_host_is_external');
    remove_all_filters('http_allowed_safe_ports');
    // (Host names are resolved there too, and none resolves on this machine: test with addresses.)
    check(wp_http_validate_url("$fixtures/feed.xml") === false,
        'by default WordPress refuses a URL on a port other than 80, 443, 8080 and its own (hence the mu-plugin)');
    check(wp_http_validate_url('http://127.0.0.1:8080/feed.xml') !== false && wp_http_validate_url(home_url('/feed/')) !== false,
        'the same host on port 8080, or the site itself, passes');

    echo $failures ? "wordpress-check (PHP): $failures check(s) failed\n" : "wordpress-check (PHP): all checks passed\n";
    exit($failures ? 1 : 0);
}

if ($command === 'cleanup') {
    $user = get_user_by('login', $name);
    if ($user) {
        // wp_delete_user() would only move its posts to the trash.
        foreach (get_posts(['author' => $user->ID, 'post_type' => 'any', 'post_status' => ['publish', 'future', 'draft', 'pending', 'private', 'trash'], 'numberposts' => -1]) as $p) {
            wp_delete_post($p->ID, true);
        }
        wp_delete_user($user->ID);
    }
    foreach (get_posts(['name' => $name, 'post_type' => 'post', 'post_status' => ['publish', 'future', 'draft', 'pending', 'private', 'trash'], 'numberposts' => -1]) as $p) {
        wp_delete_post($p->ID, true);
    }
    $admin = get_user_by('login', getenv('WP_ADMIN_USER') ?: 'admin');
    foreach (WP_Application_Passwords::get_user_application_passwords($admin->ID) as $item) {
        if ($item['name'] === $name) {
            WP_Application_Passwords::delete_application_password($admin->ID, $item['uuid']);
        }
    }
    if ($fixtures !== '') {
        foreach (get_posts(['post_type' => 'oembed_cache', 'post_status' => 'any', 's' => $fixtures, 'numberposts' => -1]) as $p) {
            wp_delete_post($p->ID, true);
        }
    }
    foreach (["$fixtures/feed.xml", home_url('/feed/')] as $feedUrl) {
        delete_transient('feed_' . md5($feedUrl));
        delete_transient('feed_mod_' . md5($feedUrl));
    }
    fwrite(STDERR, "wordpress-check: removed what run $tag made\n");
    exit(0);
}

fwrite(STDERR, "unknown command: $command\n");
exit(2);
