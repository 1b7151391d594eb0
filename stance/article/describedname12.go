package article

// capitalDescribed reads a sentence that opens with a description whose
// first word is capitalised only because it opens the sentence:
// "Anti-slavery campaigner Ivo Kask, who came second, told …", "Veteran
// campaigner Lena Dal, …". The phrase grammar takes the first word for a
// one-word name (ph); when a lower-case word follows it and the words up
// to the comma are a description and a name (nameAfterDescription), the
// name is the subject. A one-word name followed by lower-case words that
// end in no name ("Kask told reporters, …") is left as it is.
func (x *extractor) capitalDescribed(toks []token, start int, ph phrase) phrase {
	if ph.kind != pName || ph.lo != start || ph.hi != start+1 || ph.hi >= len(toks) || !toks[ph.hi].word() || toks[ph.hi].cap || x.known(ph.name) {
		return ph
	}
	if !plainNoun(toks[start].lower) {
		return ph
	}
	if m := nextComma(toks, start); m > start+2 {
		if d := x.nameAfterDescription(toks, start+1, m); d.ok() {
			return d
		}
	}
	return ph
}
