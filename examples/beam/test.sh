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
