#!/usr/bin/env bash
# Builds FerretDB (a MongoDB-wire-protocol server; no mongod is available here) from the Go module
# proxy into tools/ferretdb/bin/ if it is missing or stale, then prints the binary's path.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/go-tool.sh"

TOOL=ferretdb PKG=github.com/FerretDB/FerretDB GO_MIN=1.24 VERSION_LINE='version: @VERSION@'

# FerretDB panics at startup unless build/version/version.txt exists, and the module zip lacks it
# (files in the module cache can't be overlaid). So build from a copy of the verified module source
# with that file added, through a throwaway go.mod that replaces the module with the copy.
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
build() {
  local src
  src="$("$GO" mod download -json "$PKG@$VERSION" | sed -n 's|^[[:space:]]*"Dir": "\(.*\)",$|\1|p')"
  [[ -d $src ]] || { echo "module source not found for $PKG@$VERSION"; return 1; }
  cp -r "$src" "$STAGE/src" && chmod -R u+w "$STAGE/src"
  echo "$VERSION" >"$STAGE/src/build/version/version.txt"
  cp go.mod "$STAGE/build.mod" && cp go.sum "$STAGE/build.sum"
  "$GO" mod edit -modfile="$STAGE/build.mod" -replace="$PKG=$STAGE/src"
  # Pure Go (pgx + modernc SQLite): no C compiler or build tags needed.
  CGO_ENABLED=0 GOBIN="$DIR/bin" "$GO" install -buildvcs=false -modfile="$STAGE/build.mod" "$PKG/cmd/ferretdb"
}
ensure_go_tool
