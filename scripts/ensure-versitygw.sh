#!/usr/bin/env bash
# Builds Versity's S3 gateway (an S3 server storing objects as plain files) from the Go module proxy
# into tools/versitygw/bin/ if it is missing or stale, then prints the binary's path.
# Idempotent; build output goes to .tmp/versitygw/build.log.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/tools/versitygw"
BIN="$DIR/bin/versitygw"
LOG="$ROOT/.tmp/versitygw/build.log"
PKG=github.com/versity/versitygw
VERSION="$(sed -n "s|^[[:space:]]*$PKG \(v[^ ]*\).*|\1|p" "$DIR/go.mod")"
[[ -n $VERSION ]] || { echo "ensure-versitygw: no $PKG requirement in $DIR/go.mod" >&2; exit 1; }

# (grep without -q: reading all input avoids a SIGPIPE that pipefail would count as failure.)
built() { [[ -x $BIN ]] && "$BIN" --version 2>/dev/null | grep -x "Version  : $VERSION" >/dev/null; }

# Already built at the version pinned in go.mod: nothing to do.
if built; then
  echo "$BIN"; exit 0
fi

GO="$(command -v go || true)"; [[ -n $GO ]] || GO=/usr/local/go/bin/go
[[ -x $GO ]] || { echo "ensure-versitygw: Go (>= 1.25) not found in PATH or /usr/local/go/bin" >&2; exit 1; }

mkdir -p "$(dirname "$LOG")"
# Serialise concurrent callers (e.g. parallel test setups); the first one builds, the others reuse it.
exec 9>"$LOG.lock"; flock 9
if built; then echo "$BIN"; exit 0; fi
: >"$LOG"
echo "ensure-versitygw: building versitygw $VERSION (first build takes a few minutes; log: $LOG)" >&2

build() {
  cd "$DIR"
  # Pure Go: the posix backend needs no C library. The version is stamped as upstream's Makefile
  # does, so `--version` (and the check above) tells which release this is.
  CGO_ENABLED=0 "$GO" build -buildvcs=false -trimpath -o "$BIN" \
    -ldflags "-s -w -X main.Version=$VERSION -X main.Build=module-proxy -X main.BuildTime=$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    "$PKG/cmd/versitygw"
}
# Run outside `if`/`||`, where bash would silently ignore set -e inside build.
set +e; (set -ex; build) >>"$LOG" 2>&1; rc=$?; set -e
if ((rc != 0)); then
  echo "ensure-versitygw: build failed; last lines of $LOG:" >&2
  tail -n 20 "$LOG" >&2
  exit 1
fi
built || { echo "ensure-versitygw: built binary reports a wrong version" >&2; exit 1; }
echo "$BIN"
