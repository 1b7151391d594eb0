package article

// The act of the person who opens a reported clause. innerActors gives a
// reported clause's subject an act when a word of recognition follows the
// name closely ("the Kremlin said X congratulated Y"). A source named
// after the clause often reports an act told with an adverbial and a
// call first: "X в понедельник позвонил Y и поздравил его, сообщили в
// Z", "X a téléphoné à Y pour le féliciter, a fait savoir Z", "X llamó
// el lunes a Y para felicitarlo, informó Z". The recognition then stands
// seven to ten words after the name, still inside the clause (the words
// run up to the first punctuation), so every language reads the ten
// words German reads for its final participle.

// rec22mlInnerSpan is how many words after a reported clause's subject
// innerActors reads for a word of recognition.
const rec22mlInnerSpan = 10

// rec22mlInnerStart skips a short place or time opener set off by a comma
// at the start of a reported clause ("À Paris, X a téléphoné …", "En
// Madrid, X llamó …", "В Москве, X …"): a preposition and at most three
// words before the comma. It returns start unchanged otherwise.
func (ix *intl) rec22mlInnerStart(toks []token, start int) int {
	if start >= len(toks) || !toks[start].word() {
		return start
	}
	w := toks[start].lower
	if !ix.lx.stops[w] && !ix.lx.rolePreps[w] || ix.lx.determiners[w] || ix.lx.conjunctions[w] || ix.lx.complementizers[w] {
		return start
	}
	for k := start + 1; k < len(toks) && k <= start+4; k++ {
		if toks[k].is(",") {
			if k+1 < len(toks) && toks[k+1].word() && toks[k+1].cap {
				return k + 1
			}
			return start
		}
		if !toks[k].word() {
			return start
		}
	}
	return start
}
