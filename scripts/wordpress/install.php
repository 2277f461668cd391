<?php
// Installs the test WordPress without a browser, as wp-admin/install.php would: the site, its
// administrator and pretty permalinks. Idempotent: an installed site is left as it is.
// Usage: php scripts/wordpress/install.php DOCROOT   (WP_TITLE, WP_ADMIN_USER, WP_ADMIN_PASSWORD,
// WP_ADMIN_EMAIL from the environment; scripts/wordpress.sh sets them).

define('ABSPATH', rtrim($argv[1] ?? '', '/') . '/');
define('WP_INSTALLING', true);
require ABSPATH . 'wp-load.php';

// No mail leaves this machine: skip the "your new site" e-mail (a pluggable function).
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if (is_blog_installed()) {
    fwrite(STDERR, "wordpress: already installed\n");
    exit(0);
}

$result = wp_install(
    getenv('WP_TITLE') ?: 'Newsroom test partner',
    getenv('WP_ADMIN_USER') ?: 'admin',
    getenv('WP_ADMIN_EMAIL') ?: 'admin@example.org',
    false, // not public: asks search engines not to index
    '',
    wp_slash(getenv('WP_ADMIN_PASSWORD') ?: 'newsroom-test-password')
);

// Pretty permalinks (the router sends every non-file path to index.php, as rewrite rules would).
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/');
flush_rewrite_rules(false);

fwrite(STDERR, sprintf("wordpress: installed WordPress %s, administrator %s (user id %d)\n", get_bloginfo('version'), getenv('WP_ADMIN_USER') ?: 'admin', $result['user_id']));
