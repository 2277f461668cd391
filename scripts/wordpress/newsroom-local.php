<?php
/**
 * Plugin Name: Newsroom test-site glue
 * Description: Must-use plugin of the throwaway WordPress that scripts/wordpress.sh runs; never for a real site.
 */

// PHP's built-in server has no rewrite module; scripts/wordpress/router.php does that job.
add_filter('got_url_rewrite', '__return_true');

/** Whether a host is this machine's loopback, where the test servers listen. */
function newsroom_local_is_loopback(string $host): bool
{
    return in_array(strtolower($host), ['127.0.0.1', 'localhost', '[::1]', '::1'], true);
}

// WordPress's "safe" HTTP calls (feeds, oEmbed discovery) refuse loopback addresses of another
// host and any port but 80, 443, 8080 and the site's own. The Newsroom and the test fixtures listen
// on 127.0.0.1 at other ports, so allow loopback URLs, whatever the port; nothing else changes.
add_filter('http_request_host_is_external', fn($external, $host) => $external || newsroom_local_is_loopback($host), 10, 2);
add_filter('http_allowed_safe_ports', function ($ports, $host, $url) {
    $port = parse_url($url, PHP_URL_PORT);
    if ($port && newsroom_local_is_loopback($host)) {
        $ports[] = $port;
    }
    return $ports;
}, 10, 3);

// The servers under test may render a page cold on a loaded test machine: give WordPress's HTTP
// calls (oEmbed discovery, fetch_feed) 30 s instead of 5 before it gives up (and caches the failure).
add_filter('http_request_timeout', fn($timeout) => max($timeout, 30));
