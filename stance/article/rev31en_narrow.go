package article

import "strings"

// negatedFrom is the start of the act whose verb is toks[v], moved back
// over the negations right before it: "Among those not yet
// congratulating Kask: A and B" gives A and B "not yet congratulating
// Kask", a withholding, not the bare "congratulating Kask".
func negatedFrom(toks []token, v int) int {
	for v > 1 && toks[v-1].word() && actionNegations[toks[v-1].lower] {
		v--
	}
	return v
}

// followedKind reports whether the words between "followed by" and the
// "from" at toks[j] name more of the first greeting: "others", "similar
// calls", "messages". "Dal's call was followed by criticism from A and
// B" or "by silence from A" give A and B no greeting.
func followedKind(toks []token, j int) bool {
	w := toks[j-1].lower
	return toks[j-1].word() && (w == "others" || greetingNouns[w] || callNouns[w])
}

// quoteCommaClosed reports whether the line prev ends with a quotation
// closed after a comma: '"We congratulate Kask,"' then a line 'Jo Roe
// said.' in hard-wrapped text; the attribution follows on the next line,
// so the quotation does not end the paragraph.
func quoteCommaClosed(prev string) bool {
	s := strings.TrimRight(prev, "’”\"")
	return len(s) < len(prev) && strings.HasSuffix(s, ",")
}

// negatedReport reports whether the report verb toks[r] is denied by the
// word before it: "Nobody reported that Jo Roe had congratulated Kask",
// "the agency never said that …" — the clause is no act of the name.
func negatedReport(toks []token, r int) bool {
	return r >= 1 && toks[r-1].word() && claimNegations[toks[r-1].lower]
}
