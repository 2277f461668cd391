#!/usr/bin/env bash
# Builds Versity's S3 gateway (an S3 server storing objects as plain files) from the Go module proxy
# into tools/versitygw/bin/ if it is missing or stale, then prints the binary's path.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/go-tool.sh"

TOOL=versitygw PKG=github.com/versity/versitygw GO_MIN=1.25 VERSION_LINE='Version  : @VERSION@'

build() {
  # Pure Go: the posix backend needs no C library. The version is stamped as upstream's Makefile
  # does, so `--version` (and the check in go-tool.sh) tells which release this is.
  CGO_ENABLED=0 "$GO" build -buildvcs=false -trimpath -o "$BIN" \
    -ldflags "-s -w -X main.Version=$VERSION -X main.Build=module-proxy -X main.BuildTime=$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    "$PKG/cmd/versitygw"
}
ensure_go_tool
