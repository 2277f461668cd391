#!/usr/bin/env bash
# Builds FerretDB (a MongoDB-wire-protocol server; no mongod is available here) from the Go module
# proxy into tools/ferretdb/bin/ if it is missing or stale, then prints the binary's path.
# Idempotent; build output goes to .tmp/ferretdb/build.log.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/tools/ferretdb"
BIN="$DIR/bin/ferretdb"
LOG="$ROOT/.tmp/ferretdb/build.log"
PKG=github.com/FerretDB/FerretDB
VERSION="$(sed -n "s|^[[:space:]]*$PKG \(v[^ ]*\).*|\1|p" "$DIR/go.mod")"
[[ -n $VERSION ]] || { echo "ensure-ferretdb: no $PKG requirement in $DIR/go.mod" >&2; exit 1; }

# (grep without -q: reading all input avoids a SIGPIPE that pipefail would count as failure.)
built() { [[ -x $BIN ]] && "$BIN" --version 2>/dev/null | grep -x "version: $VERSION" >/dev/null; }

# Already built at the version pinned in go.mod: nothing to do.
if built; then
  echo "$BIN"; exit 0
fi

GO="$(command -v go || true)"; [[ -n $GO ]] || GO=/usr/local/go/bin/go
[[ -x $GO ]] || { echo "ensure-ferretdb: Go (>= 1.24) not found in PATH or /usr/local/go/bin" >&2; exit 1; }

mkdir -p "$(dirname "$LOG")"
# Serialise concurrent callers (e.g. parallel test setups); the first one builds, the others reuse it.
exec 9>"$LOG.lock"; flock 9
if built; then echo "$BIN"; exit 0; fi
: >"$LOG"
echo "ensure-ferretdb: building FerretDB $VERSION (first build takes a few minutes; log: $LOG)" >&2

# FerretDB panics at startup unless build/version/version.txt exists, and the module zip lacks it
# (files in the module cache can't be overlaid). So build from a copy of the verified module source
# with that file added, through a throwaway go.mod that replaces the module with the copy.
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
build() {
  cd "$DIR"
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
# Run outside `if`/`||`, where bash would silently ignore set -e inside build.
set +e; (set -ex; build) >>"$LOG" 2>&1; rc=$?; set -e
if ((rc != 0)); then
  echo "ensure-ferretdb: build failed; last lines of $LOG:" >&2
  tail -n 20 "$LOG" >&2
  exit 1
fi
built || { echo "ensure-ferretdb: built binary reports a wrong version" >&2; exit 1; }
echo "$BIN"
