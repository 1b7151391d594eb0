package article

import "strings"

// Reporters stack adverbials before the subject: "Hours later, speaking
// to reporters in Velor, the president went further and said …". The
// opening subject is read past them (openersEnd), so the verbs joined to
// the first ("went further and said") find it.

// laterOpenerEnd steps over a time counted back or on, set off by a comma
// ("Hours later,", "Two days earlier,", "A week ago,"): at most four words,
// the last of them countedTimeWords. It returns the index after the comma, or
// start.
func laterOpenerEnd(toks []token, start int) int {
	for k := start + 1; k < len(toks) && k <= start+4; k++ {
		if !toks[k].word() {
			return start
		}
		if countedTimeWords[toks[k].lower] && k+1 < len(toks) && toks[k+1].is(",") {
			return k + 2
		}
	}
	return start
}

// participleOpenerEnd steps over a participle's phrase set off by a comma
// ("speaking to reporters in Velor,", "Speaking on state television,"): a
// word in -ing followed by a lower-case word, not an office's adjective
// ("Outgoing President X,", "Ruling party spokesman X,"), then words only,
// the comma within twelve tokens. It
// returns the index after the comma, or start.
func participleOpenerEnd(toks []token, start int) int {
	if start+1 >= len(toks) || !toks[start].word() || len(toks[start].lower) < 5 || !strings.HasSuffix(toks[start].lower, "ing") {
		return start
	}
	if w := toks[start].lower; roleModifiers[w] || titles[w] || ingAdjectives[w] || !toks[start+1].word() || toks[start+1].cap {
		return start // "Outgoing President X, …", "Ruling party spokesman X, …": an office, not a participle
	}
	for k := start + 1; k < len(toks) && k < start+12; k++ {
		if toks[k].is(",") {
			return k + 1
		}
		if !toks[k].word() {
			return start
		}
	}
	return start
}
