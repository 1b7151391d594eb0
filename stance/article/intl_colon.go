package article

import (
	"slices"
	"strings"
)

// A quotation introduced by a colon after a clause whose subject is a
// pronoun or, in a language that drops it, left out: "Il a été clair :
// « … »", "Er blieb deutlich: „…“", "Он был категоричен: «…»", "Fue
// tajante: «…»", "Leyó un mensaje breve y lo empezó así: “…”". The
// speaker is the person the pronoun stands for, the last one named
// (lastSingular), as for a pronoun after a quotation.

// colonPronoun returns a pronoun phrase for the subject of the clause
// toks[start:end] that ends with the colon before a quotation, when the
// clause opens with a pronoun (past a conjunction: "Mais il a ajouté :")
// or, in a pro-drop language, with a word that is neither a determiner, a
// preposition nor an office and names no one after it.
func (ix *intl) colonPronoun(toks []token, start, end int) (phrase, bool) {
	i := start
	for i < end && toks[i].word() && (ix.lx.conjunctions[toks[i].lower] || ix.lx.notNames[toks[i].lower] && !ix.lx.pronouns[toks[i].lower]) {
		i++ // "Pero siguió:", "Mais il a ajouté :"
	}
	if i >= end || !toks[i].word() {
		return phrase{}, false
	}
	if ix.lx.pronouns[toks[i].lower] {
		return phrase{kind: pPronoun, lo: i, hi: i + 1, word: toks[i].lower}, true
	}
	w, _ := ix.core(toks[i].lower)
	if !ix.lx.prodrop || ix.lx.determiners[w] || ix.lx.stops[w] || ix.lx.isRole(w) || ix.x.known(ix.x.text[toks[i].start:toks[i].end]) {
		return phrase{}, false
	}
	for _, t := range toks[i+1 : end] {
		if t.word() && t.cap || t.kind == tQuote {
			return phrase{}, false // a name, or a quotation, before the colon
		}
	}
	return phrase{kind: pPronoun, lo: i, hi: i, word: ""}, true
}

// colonOpener makes the person named in full who opens the sentence
// toks, past adverbs ("Auch", "Ya"), the antecedent of a pronoun when a
// verb follows them and a colon after it introduces what they said
// ("Auch der frühere Präsident X meldete sich zu Wort: Y werde „…“,
// schrieb er"), before any quotation.
func (ix *intl) colonOpener(toks []token) {
	i := 0
	for i < 2 && i < len(toks) && toks[i].word() && ix.lx.notNames[toks[i].lower] && !ix.lx.pronouns[toks[i].lower] {
		i++
	}
	p := ix.apposed(toks, i)
	h := p.hi
	if h < len(toks) && toks[h].is(",") && slices.ContainsFunc(toks[p.lo:h], func(t token) bool { return t.is(",") }) {
		h++ // the comma that closes an apposition: "Le président de la Commission, X, est resté prudent : il …"
	}
	if (p.kind != pName || !strings.Contains(p.name, " ")) && !ix.institutionPhrase(p) || h >= len(toks) || !toks[h].word() || toks[h].cap && !ix.lx.capNouns {
		return
	}
	for c := h; c+1 < len(toks); c++ {
		if toks[c].kind == tQuote {
			return
		}
		if toks[c].is(":") {
			ix.x.lastSingular = ix.resolve(p)
			return
		}
	}
}
