#!/usr/bin/env bash
# Streaming training: N generated statements (default 5,000,000) piped as
# JSON lines into examples/train, reporting the training process's peak
# resident memory and its rate. Duplicate checks are off (-allow-duplicates):
# they would keep every text in memory by design.
#
#   bash examples/perf/stream.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-5000000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/train" ./examples/train
go build -o "$tmp/generate" ./examples/generate
start=$(date +%s.%N)
"$tmp/generate" -n "$n" -jsonl | "$tmp/train" -out "$tmp/model.json.gz" -allow-duplicates - 2> "$tmp/train.err" &
pid=$!
peak=0
while kill -0 "$pid" 2>/dev/null; do
	# The train process is the pipeline's last; sample its VmHWM (peak RSS).
	tp=$(pgrep -n -f "$tmp/train" || true)
	if [ -n "$tp" ] && [ -r "/proc/$tp/status" ]; then
		hwm=$(awk '/VmHWM/ {print $2}' "/proc/$tp/status" 2>/dev/null || echo 0)
		[ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
	fi
	sleep 0.2
done
wait "$pid"
end=$(date +%s.%N)
cat "$tmp/train.err"
secs=$(echo "$end - $start" | bc)
printf 'statements: %d, seconds: %.1f, statements/s: %.0f, peak RSS of train: %d MB, model file: %s bytes\n' \
	"$n" "$secs" "$(echo "$n / $secs" | bc -l)" "$((peak / 1024))" "$(stat -c %s "$tmp/model.json.gz")"
