package article

import "strings"

// A French past participle after "être" agrees with its subject: "La
// présidente …, X, s'est contentée de prendre acte …", "elle s'est
// montrée prudente", "Les deux ministres se sont dits …". The verb lists
// hold the masculine singular ("contenté", "dit"), so a woman's or a
// group's act was read as no verb at all. frenchAgreed maps a feminine or
// plural participle in -ée, -ées, -és to the -é of the lists, and one in
// -te, -se, -tes, -ses, -ts to the -t or -s of the lists ("dite",
// "admise"), when that form is listed and the word as written is not.

// frenchAgreed returns the listed masculine form of the participle
// toks[v] when it agrees after a form of "être" (past one preverb: "s'est
// aussitôt dite"), or the word as written: a participle elsewhere is an
// adjective or a by-name ("Lena Dal Berg, dite LDB, a félicité …").
func (ix *intl) frenchAgreed(toks []token, v int) string {
	lx, w := ix.lx, toks[v].lower
	if lx.speechVerbs[w] || lx.actionVerbs[w] || !ix.afterEtre(toks, v) {
		return w
	}
	for _, end := range []string{"ées", "ée", "és"} {
		if base, ok := strings.CutSuffix(w, end); ok && len(base) > 2 {
			if m := base + "é"; lx.speechVerbs[m] || lx.actionVerbs[m] {
				return m
			}
		}
	}
	for _, end := range []string{"es", "e", "s"} {
		// "dite", "admise", "écrites": a participle in -t or -s
		if base, ok := strings.CutSuffix(w, end); ok && len(base) > 2 && strings.HasSuffix(base, "t") != strings.HasSuffix(base, "s") && (lx.speechVerbs[base] || lx.actionVerbs[base]) {
			return base
		}
	}
	return w
}

// afterEtre reports whether toks[v] follows a form of frenchEtre, past at
// most one preverb.
func (ix *intl) afterEtre(toks []token, v int) bool {
	for b := v - 1; b >= 0 && b >= v-2 && toks[b].word(); b-- {
		if frenchEtre[toks[b].lower] {
			return true
		}
		if !ix.lx.preverbs[toks[b].lower] {
			return false
		}
	}
	return false
}
