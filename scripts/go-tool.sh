#!/usr/bin/env bash
# Sourced by scripts/ensure-<tool>.sh: builds a Go program pinned in tools/<tool>/go.mod from the Go
# module proxy into tools/<tool>/bin/ if it is missing or stale, then prints the binary's path.
# Idempotent and safe to run in parallel; build output goes to .tmp/<tool>/build.log.
# The caller sets TOOL, PKG, GO_MIN and VERSION_LINE (what `<binary> --version` prints, with
# @VERSION@ for the version), defines build() (run in tools/<tool> with $GO, $BIN, $VERSION), and
# calls ensure_go_tool.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

ensure_go_tool() {
  DIR="$ROOT/tools/$TOOL"
  BIN="$DIR/bin/$TOOL"
  local log="$ROOT/.tmp/$TOOL/build.log"
  VERSION="$(sed -n "s|^[[:space:]]*$PKG \(v[^ ]*\).*|\1|p" "$DIR/go.mod")"
  [[ -n $VERSION ]] || { echo "ensure-$TOOL: no $PKG requirement in $DIR/go.mod" >&2; exit 1; }
  local expected="${VERSION_LINE//@VERSION@/$VERSION}"
  # (grep without -q: reading all input avoids a SIGPIPE that pipefail would count as failure.)
  built() { [[ -x $BIN ]] && "$BIN" --version 2>/dev/null | grep -xF "$expected" >/dev/null; }

  # Already built at the version pinned in go.mod: nothing to do.
  if built; then echo "$BIN"; exit 0; fi

  GO="$(command -v go || true)"; [[ -n $GO ]] || GO=/usr/local/go/bin/go
  [[ -x $GO ]] || { echo "ensure-$TOOL: Go (>= $GO_MIN) not found in PATH or /usr/local/go/bin" >&2; exit 1; }

  mkdir -p "$(dirname "$log")"
  # Serialise concurrent callers (e.g. parallel test setups); the first one builds, the others reuse it.
  exec 9>"$log.lock"; flock 9
  if built; then echo "$BIN"; exit 0; fi
  : >"$log"
  echo "ensure-$TOOL: building $TOOL $VERSION (first build takes a few minutes; log: $log)" >&2
  # Run outside `if`/`||`, where bash would silently ignore set -e inside build.
  local rc
  set +e; (set -ex; cd "$DIR"; build) >>"$log" 2>&1; rc=$?; set -e
  if ((rc != 0)); then
    echo "ensure-$TOOL: build failed; last lines of $log:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  built || { echo "ensure-$TOOL: built binary reports a wrong version" >&2; exit 1; }
  echo "$BIN"
}
