#!/usr/bin/env bash
# Side-by-side, in one run: examples/classify against a scikit-learn script
# (CountVectorizer 1–2-grams + MultinomialNB, trained on the same corpus)
# on the same N generated statements, each as a whole process reading
# standard input and writing LABEL<TAB>PROBABILITY lines.
#
#   bash examples/perf/compare.sh [N]        # default N = 1000000
#
# Needs Debian's python3-sklearn (apt-get install python3-sklearn). Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/classify" ./examples/classify
go build -o "$tmp/generate" ./examples/generate
"$tmp/generate" -n "$n" > "$tmp/in.txt"
echo "input: $n statements, $(wc -c < "$tmp/in.txt") bytes, $(wc -w < "$tmp/in.txt") words; $(nproc) cores"
cat "$tmp/in.txt" > /dev/null # into the page cache for both

timeit() { # label, command...
	local label=$1; shift
	local start end
	start=$(date +%s.%N)
	"$@" < "$tmp/in.txt" > "$tmp/$label.out"
	end=$(date +%s.%N)
	echo "$end - $start" | bc
}

go_s=$(timeit go "$tmp/classify" -q -lang en) # English, as the scikit-learn script: no language detection
py_s=$(timeit sklearn /usr/bin/python3 examples/perf/sklearn_classify.py corpus/leaders.jsonl)
lines_go=$(wc -l < "$tmp/go.out")
lines_py=$(wc -l < "$tmp/sklearn.out")
agree=$(paste "$tmp/go.out" "$tmp/sklearn.out" | awk -F'\t' '$1 == $3 {a++} END {printf "%.3f", a/NR}')
printf '| program | seconds | statements/s |\n|---|---:|---:|\n'
printf '| examples/classify | %.2f | %.0f |\n' "$go_s" "$(echo "$lines_go / $go_s" | bc -l)"
printf '| scikit-learn script | %.2f | %.0f |\n' "$py_s" "$(echo "$lines_py / $py_s" | bc -l)"
printf 'speed-up: %.1fx; label agreement between the two: %s\n' "$(echo "$py_s / $go_s" | bc -l)" "$agree"
