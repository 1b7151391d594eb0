package article

// lab31enResultCredible reports whether the result noun words[i] is
// called credible, fair or legitimate by a copula within two words after
// it and a fairWords word within three words after the copula: "the
// official result was a credible indication of the voters' support",
// "the results are credible", "the outcome was legitimate". The model
// read such a bare verdict by its few words (as hostile or withholding);
// it recognises the result as resultPraised's praise does. A negation,
// hedge or "that"/"but" between (claimNegations, claimHedges: "was not
// credible", "was hardly fair"), a question ("whether the result was
// credible"), an accusation after the noun (accused), or a decision to do
// something ("the decision to recount was fair") takes it back.
func lab31enResultCredible(words []string, i int) bool {
	if !resultNouns[words[i]] || i+1 < len(words) && words[i+1] == "to" || accused(words, i) {
		return false
	}
	if anyWordIn(words[max(0, i-4):i], lab31enQuestionWords) {
		return false
	}
	c := -1
	for k := i + 1; k < len(words) && k <= i+2; k++ {
		if copulas[words[k]] {
			c = k
			break
		}
	}
	if c < 0 {
		return false
	}
	for k := c + 1; k < len(words) && k <= c+3; k++ {
		w := words[k]
		switch {
		case claimNegations[w] || claimHedges[w] || w == "that" || w == "but" || w == "not":
			return false
		case fairWords[w]:
			return true
		}
	}
	return false
}
