#!/usr/bin/env bash
# Regenerates the importer's test fixtures (tests/fixtures/wordpress/) from a real WordPress:
# starts the test WordPress of scripts/wordpress.sh on WP_PORT (default 8095), fills it with a
# small site in English, Russian and Tajik (scripts/wordpress/import-fixture.php: Polylang's data,
# then WPML's), writes WordPress's own export of each (export_wp(), as Tools › Export does) and
# copies its uploads folder. The fixtures are committed, so tests and CI need no WordPress.
# Usage: WP_PORT=3900 bash scripts/wordpress-import-fixture.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${WP_PORT:-8095}"
WWW="$ROOT/.tmp/wordpress-$PORT/www"
OUT="$ROOT/tests/fixtures/wordpress"
IMAGES="$(mktemp -d)"
trap 'rm -rf "$IMAGES"' EXIT

WP_PORT="$PORT" bash "$ROOT/scripts/wordpress.sh" start >/dev/null

# Two photographs-to-be: small JPEGs made with sharp (this PHP has no image library).
node --input-type=module -e '
import sharp from "sharp"
const [dir] = process.argv.slice(1)
await sharp({ create: { width: 640, height: 400, channels: 3, background: "#3a6ea5" } }).jpeg().toFile(`${dir}/school.jpg`)
await sharp({ create: { width: 800, height: 500, channels: 3, background: "#2f8f6b" } }).jpeg().toFile(`${dir}/river.jpg`)
' "$IMAGES"

rm -rf "$OUT"
mkdir -p "$OUT"
for shape in polylang wpml; do
  rm -rf "$WWW/wp-content/uploads"
  php -d display_errors=stderr "$ROOT/scripts/wordpress/import-fixture.php" "$WWW" "$shape" "$IMAGES" "$OUT/$shape.xml"
done
# Both shapes upload the same two files to the same places.
cp -r "$WWW/wp-content/uploads" "$OUT/uploads"
echo "wrote $OUT" >&2
