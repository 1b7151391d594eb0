package article

import "strings"

// The imperfect as background. rec22ml_imperfect.go derives the
// imperfects of the verbs of acting, so that "X et Y rejetaient lundi les
// résultats" is an act. Wire copy also uses the imperfect for what a
// person did before the news, to set it off: "Pendant la campagne, X
// accusait Roca de mentir ; dimanche, elle a reconnu sa défaite",
// "Durante años, X rechazaba cualquier pacto", "Em 2019, X contestava os
// resultados das autárquicas". Such an act tells a past stance, not one
// toward the result: in a sentence with a marker of background the
// derived imperfect is no act.

// rev22rmlBackground drops each act found in the sentence toks (the
// remarks from index from on) that opens with a derived imperfect, when
// the sentence holds a marker of background: the sentence is then read as
// if the imperfect were no act (by the fallback for a sentence
// naming one person, intl_fallback.go, when nothing else is found).
func (ix *intl) rev22rmlBackground(toks []token, from int) {
	x := ix.x
	if from >= len(x.remarks) || !ix.rev22rmlBackgroundSentence(toks) {
		return
	}
	kept := x.remarks[:from]
	for _, r := range x.remarks[from:] {
		if r.Kind != Action || !rev22rmlOpensDerived(r.Text) {
			kept = append(kept, r)
		}
	}
	x.remarks = kept
}

// rev22rmlOpensDerived reports whether one of the first two words of an
// act's text is an imperfect of acting ("accusait Roca …", "ne contestait").
func rev22rmlOpensDerived(text string) bool {
	words := strings.Fields(strings.ToLower(text))
	for k := 0; k < len(words) && k < 2; k++ {
		if rev22rmlDerived[strings.Trim(words[k], ",.;:«»\"")] {
			return true
		}
	}
	return false
}

// rev22rmlBackgroundSentence reports whether toks hold a marker of
// background (lexicon_rev22rml.go): a word, a pair, or a year after its
// preposition.
func (ix *intl) rev22rmlBackgroundSentence(toks []token) bool {
	words, pairs := rev22rmlBackgroundWords[ix.lx.code], rev22rmlBackgroundPairs[ix.lx.code]
	for k, t := range toks {
		if !t.word() {
			continue
		}
		if words[t.lower] || k+1 < len(toks) && pairs[t.lower] != "" && toks[k+1].lower == pairs[t.lower] {
			return true
		}
		if rev22rmlYearPreps[t.lower] && k+1 < len(toks) && rev22rmlYear(ix.x.text[toks[k+1].start:toks[k+1].end]) {
			return true
		}
	}
	return false
}

// rev22rmlYear reports whether s is a year of four digits from 1900 on.
func rev22rmlYear(s string) bool {
	if len(s) != 4 || !(strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
