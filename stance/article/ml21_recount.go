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

// ml21AudienceStems open the words of a hall or an audience that share
// the stem of an audit: "ante un auditorio de simpatizantes", "devant un
// auditoire acquis", "diante de um auditório lotado" ask for nothing.
var ml21AudienceStems = []string{"auditorio", "auditoir", "auditório"}

// ml21RiggingStems open the words of a rigged or stolen vote that the
// condemnations lack: "denunció manipulación del padrón y pidió un
// reconteo", "a parlé d'un scrutin truqué et exigé un recomptage",
// "falou em roubo e exigiu a recontagem" allege fraud (hostile).
var ml21RiggingStems = []string{"manipul", "amañ", "robo", "robad", "robaron", "truqu", "trucag", "roubo", "roubad", "roubaram", "hold-up"}
