package article

// decimalCommas returns toks with each number written with a decimal
// comma ("6,28", "20,50", "4,97") as one word: the languages of lexicons
// write decimals so, and the tokenizer split them at the comma, which
// then ended an apposition ("X, troisième avec 6,28 %, et Y, …, ont …")
// or a clause as a comma between words does. Only digits touching the
// comma on both sides are joined; "2019, 2020" keeps its comma.
func decimalCommas(text string, toks []token) []token {
	var out []token
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+2 < len(toks) && t.word() && allDigits(t.lower) && toks[i+1].is(",") && toks[i+2].word() && allDigits(toks[i+2].lower) &&
			t.end == toks[i+1].start && toks[i+1].end == toks[i+2].start {
			if out == nil {
				out = append(out, toks[:i]...)
			}
			t.end = toks[i+2].end
			t.lower = text[t.start:t.end]
			out = append(out, t)
			i += 2
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// allDigits reports whether w is a run of ASCII digits.
func allDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}
