#!/usr/bin/env bash
# CI entry for the Beam example, a Go module of its own: the root's
# `go vet ./...` and `go test ./...` do not descend into it.
# Usage (from anywhere): bash examples/beam/test.sh
set -euo pipefail
cd "$(dirname "$0")"

go mod download
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
	echo "gofmt needed:"; echo "$unformatted"; exit 1
fi
go vet ./...
go test ./...

# -h exits 0 with the usage form every example program shares.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/beam" .
"$tmp/beam" -h > "$tmp/help" 2>&1
head -3 "$tmp/help" | tr '\n' '|' | grep -Eq '^usage: beam \[flags\][^|]*\|\|[^|]+\|$' || { echo "beam -h:"; cat "$tmp/help"; exit 1; }
