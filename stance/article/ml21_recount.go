package article

import "strings"

// A refusal to concede that asks for a recount (GUIDELINES rule 13):
// "refusé de reconnaître sa défaite et exigé un recomptage", "se negó a
// reconocer la derrota y pidió un recuento", "weigerte sich, die
// Niederlage einzugestehen, und verlangte eine Neuauszählung",
// "отказалась признать поражение и потребовала пересчета" delays the
// recognition until the count is checked: withholding. Until session 21
// every refusal without a word of delay was hostile (rule 1). A refusal
// that also condemns the vote ("…, denunció un fraude y pidió un
// recuento") stays hostile.

// ml21RecountRefusal reports whether the act words, whose recognition is
// words[v], asks for a recount or an audit after it (ml21RecountStems)
// and calls the vote nothing the language's condemnations name.
func (l *langLexicon) ml21RecountRefusal(words []string, v int) bool {
	asks := false
	for _, w := range words[v+1:] {
		asks = asks || ml21HasStem(w, ml21RecountStems) && !ml21HasStem(w, ml21AudienceStems)
	}
	if !asks {
		return false
	}
	cond := processWords[l.code].condemn
	for _, w := range words {
		if ml21HasStem(w, cond) || ml21HasStem(w, ml21RiggingStems) || strings.Contains(w, "fraud") || strings.Contains(w, "betrug") {
			return false
		}
	}
	return true
}

// ml21HasStem reports whether w opens with one of stems.
func ml21HasStem(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}
