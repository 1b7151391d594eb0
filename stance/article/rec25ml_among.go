package article

// A roundup's list of congratulators that opens with a phrase of
// belonging, not the language's among word: "Zu den Gratulanten zählten
// außerdem US-Präsident X – trotz … – und Frankreichs Staatspräsident Y",
// "Au nombre des premiers à féliciter le vainqueur figuraient X et Y",
// "В числе поздравивших были X и Y". amongList (intl_order.go) reads the
// list; these extend its opener (rec25mlAmongOpeners), its verb
// (rec25mlAmongVerbs), the adverbs before the list (rec25mlListAdverbs)
// and let an aside between dashes follow a person of the list.

// rec25mlAmongStart returns how many words open such a list at the start
// of the sentence (1 for the language's among word), or 0.
func (ix *intl) rec25mlAmongStart(toks []token) int {
	if len(toks) > 0 && toks[0].word() && ix.lx.among[toks[0].lower] {
		return 1
	}
	return matchPhrase(toks, 0, rec25mlAmongOpeners[ix.lx.code])
}

// rec25mlAmongVerb reports whether toks[k] is a verb of being on such a
// list.
func (ix *intl) rec25mlAmongVerb(toks []token, k int) bool {
	return toks[k].word() && (ix.lx.amongVerbs[toks[k].lower] || rec25mlAmongVerbs[ix.lx.code][toks[k].lower])
}

// rec25mlListSkip returns the index past at most one adverb of addition
// (rec25mlListAdverbs) at toks[j].
func rec25mlListSkip(toks []token, j int) int {
	if j < len(toks) && toks[j].word() && !toks[j].cap && rec25mlListAdverbs[toks[j].lower] {
		return j + 1
	}
	return j
}

// rec25mlDashAside returns the index past an aside between dashes that
// opens at toks[j] ("X – trotz seiner Freundschaft mit Kohl – und Y"), of
// at most twelve tokens with no sentence mark, or j. The reader has
// already read most such dashes as commas (dashAsides,
// intl_dashaside14.go): an aside between commas that opens with a
// lower-case word other than a conjunction, and is followed by a
// conjunction or a capitalised word, is then skipped to its closing
// comma.
func (ix *intl) rec25mlDashAside(toks []token, j int) int {
	if j+1 >= len(toks) || !isDash(toks[j]) && !(toks[j].is(",") && toks[j+1].word() && !toks[j+1].cap && !ix.lx.conjunctions[toks[j+1].lower]) {
		return j
	}
	for e := j + 1; e < len(toks) && e <= j+12; e++ {
		switch {
		case isDash(toks[e]) && isDash(toks[j]):
			return e + 1
		case toks[e].is(",") && toks[j].is(","):
			if e+1 < len(toks) && toks[e+1].word() && (toks[e+1].cap || ix.lx.conjunctions[toks[e+1].lower]) {
				return e
			}
			return j
		case toks[e].isTerm() || toks[e].kind == tQuote || toks[e].is(";") || toks[e].is(":"):
			return j
		}
	}
	return j
}
