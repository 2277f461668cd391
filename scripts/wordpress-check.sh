#!/usr/bin/env bash
# Proves the test WordPress of scripts/wordpress.sh (running on WP_PORT, default 8095) works as a
# partner's site would: a post made through the REST API (Application Password) is served at its
# pretty permalink; an author's post holding the bare URL of a page that offers oEmbed discovery
# shows that page's iframe; then scripts/wordpress/check.php checks fetch_feed(), discovery and the
# embed caches from PHP. The other site is scripts/wordpress/fixtures.mjs, started and stopped
# here. What this run creates in WordPress is removed at the end, also after a failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${WP_PORT:-8095}"
URL="http://127.0.0.1:$PORT"
WWW="$ROOT/.tmp/wordpress-$PORT/www"
TAG="$(date +%s)$$"
NAME="newsroom-check-$TAG"
OUT="$(mktemp -d)"
failures=0
FIXTURES=""
FIXTURES_PID=""

[[ -f $WWW/wp-config.php ]] || { echo "wordpress-check: no WordPress on port $PORT (run scripts/wordpress.sh start)" >&2; exit 1; }

php_check() { php -d display_errors=stderr "$ROOT/scripts/wordpress/check.php" "$WWW" "$@"; }
# shellcheck disable=SC2016 # PHP code, not shell expansions
json() { php -r '$v = json_decode($argv[1], true); foreach (explode(".", $argv[2]) as $k) $v = $v[$k] ?? ""; echo is_string($v) ? $v : json_encode($v);' "$1" "$2"; }
# check MESSAGE COMMAND...: one line, ok or FAIL, as COMMAND succeeds.
check() { local message=$1; shift; if "$@"; then echo "ok   $message"; else echo "FAIL $message"; failures=$((failures + 1)); fi; }
contains() { grep -F -- "$2" "$1" >/dev/null; }

cleanup() {
  php_check cleanup "$TAG" "$FIXTURES" || true
  [[ -z $FIXTURES_PID ]] || kill "$FIXTURES_PID" 2>/dev/null || true
  rm -rf "$OUT"
}
trap cleanup EXIT

node "$ROOT/scripts/wordpress/fixtures.mjs" >"$OUT/fixtures.url" &
FIXTURES_PID=$!
for _ in {1..50}; do [[ -s $OUT/fixtures.url ]] && break; sleep 0.1; done
FIXTURES="$(head -n1 "$OUT/fixtures.url")"
[[ $FIXTURES == http://* ]] || { echo "wordpress-check: the fixture server did not start" >&2; exit 1; }

creds="$(php_check setup "$TAG")"
admin="$(json "$creds" admin.login):$(json "$creds" admin.password)"
author="$NAME:$(json "$creds" author.password)"

# A post through the REST API, as the administrator, then its page as a reader sees it.
title="Салом аз Newsroom $TAG"
post="$(curl -fsS -u "$admin" -H 'Content-Type: application/json' \
  -d "{\"title\": \"$title\", \"content\": \"<p>Хабари нав.</p>\", \"status\": \"publish\", \"slug\": \"$NAME\"}" \
  "$URL/wp-json/wp/v2/posts")"
link="$(json "$post" link)"
pretty='^'"$URL"'/[0-9]{4}/[0-9]{2}/'"$NAME"'/$'
check "REST API (Application Password) made post $(json "$post" id) at its pretty permalink $link" grep -Eq "$pretty" <<<"$link"
code="$(curl -sS -o "$OUT/post.html" -w '%{http_code}' "$link")"
post_page_ok() { [[ $code == 200 ]] && contains "$OUT/post.html" "<title>$title"; }
check "its page answers $code with the title" post_page_ok

# An author (no unfiltered_html) posts a bare URL on its own line; the page shows the discovered iframe.
apost="$(curl -fsS -u "$author" -H 'Content-Type: application/json' \
  -d "{\"title\": \"Embed $TAG\", \"content\": \"<p>Before</p>\\n\\n$FIXTURES/article\\n\\n<p>After</p>\", \"status\": \"publish\"}" \
  "$URL/wp-json/wp/v2/posts")"
alink="$(json "$apost" link)"
check "an author's post holding $FIXTURES/article is published at $alink" test -n "$alink"
curl -fsS -o "$OUT/author.html" "$alink"
grep -F '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"' "$OUT/author.html" >"$OUT/iframes" || true
check "its page embeds the provider's iframe, found by oEmbed discovery" contains "$OUT/iframes" "$FIXTURES/embed/1#?secret="

# The block editor's path: the REST oEmbed proxy, open to users who can edit posts.
proxy="$(curl -fsS -u "$author" -G --data-urlencode "url=$FIXTURES/article" "$URL/wp-json/oembed/1.0/proxy")"
json "$proxy" html >"$OUT/proxy.html"
check "the REST oEmbed proxy (/wp-json/oembed/1.0/proxy) answers the author with the iframe" contains "$OUT/proxy.html" "src=\"$FIXTURES/embed/1#?secret="
code="$(curl -sS -o /dev/null -w '%{http_code}' "$URL/wp-json/oembed/1.0/proxy?url=$FIXTURES/article")"
check "and refuses anonymous callers ($code)" test "$code" == 401

php_check verify "$TAG" "$FIXTURES" || failures=$((failures + 1))

if ((failures)); then echo "wordpress-check: failed" >&2; exit 1; fi
echo "wordpress-check: all checks passed"
