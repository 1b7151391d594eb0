package article

import "strings"

// Two narrowings of gr32's German and Russian rules.
//
// An adverb of likeness ("Ähnlich äußerte sich Spanien", "Аналогичную
// позицию заняли Испания и Италия") points at the remark just before it,
// whatever its kind. The follow machinery copies the last act
// (ix.last), so when another speaker's remark stood between ("Frankreich
// gratulierte. Der Handelsminister X sprach über Zölle. Ähnlich äußerte
// sich Spanien.") Spain got France's congratulation. rev32grOtherSince
// reports such a remark, or a sentence between the act and the verb
// (the remark between may be one the rules do not read) other than a
// quotation; the likeness verb is then not read as a copy. A
// quotation between is left out: it mostly gives the words of the act's
// own side ("Frankreich gratulierte. „…“, sagte Außenminister X.").
//
// A German appeal (gr32_appeal.go) is a stance when its aim is the result
// or calm about it ("rief die Behörden auf, das Ergebnis zu respektieren",
// "appellierte an beide Lager, das Votum anzuerkennen", "rief nach der
// Wahl zur Ruhe auf"). A word of the vote alone named the time or the
// occasion ("rief die Gläubigen auf, nach der Wahl für den Frieden zu
// beten", "rief die Wähler auf, zur Wahl zu gehen", "… eine Regierung zu
// bilden"): rev32grAppealAim wants a word of the result, of recognition or
// of calm.

// rev32grOtherSince reports whether a remark of a speaker other than the
// last act's was added after that act and before the sentence toks.
func (ix *intl) rev32grOtherSince(toks []token) bool {
	if ix.last == nil || len(toks) == 0 {
		return false
	}
	quoted := false
	for _, r := range ix.x.remarks {
		quoted = quoted || r.Kind == Direct && r.Start > ix.last.rm.Start && r.End <= toks[0].start
	}
	if ix.x.sentNo-ix.last.sent > 1 && !quoted {
		return true // a sentence between: "… sprach über Zölle. Ähnlich äußerte sich Portugal."
	}
	var actSpk *speaker
	for _, r := range ix.x.remarks {
		if r.Start == ix.last.rm.Start && r.End == ix.last.rm.End && r.spk != nil {
			actSpk = r.spk.canon()
		}
	}
	for _, r := range ix.x.remarks {
		if r.Kind != Direct && r.Start > ix.last.rm.Start && r.End <= toks[0].start && (r.spk == nil || r.spk.canon() != actSpk) {
			return true
		}
	}
	return false
}

// rev32grAppealAim reports whether words name the result, its
// recognition or calm about it.
func (ix *intl) rev32grAppealAim(words []string) bool {
	for _, w := range words {
		if ix.lx.recognition(w) || hasAnyPrefix(w, rev32grDeCalmStems) {
			return true
		}
		for _, s := range rev32grDeResultInfixes {
			if strings.Contains(w, s) {
				return true
			}
		}
	}
	return false
}

// rev32grModalAsks reports whether the German modal toks[v] opens its
// sentence or the sentence is a question: "Will Washington das Ergebnis
// anerkennen?" asks what nobody has said (gr32_modalwait.go), and read
// as a statement it gave the name "Washington das Ergebnis".
func rev32grModalAsks(toks []token, v int) bool {
	return v == 0 || endsWithQuestion(toks)
}

// rev32grRuBodyNoun returns the end of a body's name whose capitalised
// word p, one word in the instrumental, is an adjective
// (rev32grRuAdjectives) followed by lower-case words in the instrumental
// closing with a noun: "признаны Конституционным судом" named the
// speaker "Конституционный"; it is "Конституционный суд" ("Центральной
// избирательной комиссией": "Центральная избирательная комиссия"). A
// lower-case adjective after the name ("признана Москвой законной") is no
// noun: p.hi is returned.
func rev32grRuBodyNoun(toks []token, p phrase) int {
	if p.hi != p.lo+1 || !hasAnySuffix(toks[p.lo].lower, rev32grRuAdjectives...) {
		return p.hi
	}
	for k := p.hi; k < len(toks) && k < p.hi+3 && toks[k].word() && !toks[k].cap && hasAnySuffix(toks[k].lower, gr32RuInstrumental...); k++ {
		if !hasAnySuffix(toks[k].lower, rev32grRuAdjectives...) {
			return k + 1
		}
	}
	return p.hi
}
