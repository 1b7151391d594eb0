package article

import "strings"

// A reaction told as how the subject showed themself, in Spanish and
// Portuguese: "Luis Peral, por su parte, se mostró “profundamente
// preocupado” por las denuncias de fraude", "se mostraron satisfechos con
// el resultado", "mostrou-se confiante na decisão do tribunal". The verb
// is no verb of saying, so the reflexive self-description read for those
// ("se declaró satisfecho", selfDescribed) was not read for it, and the
// subject's reaction was lost. A form of "mostrar" (showSelfVerbs) with a
// reflexive pronoun, then a quotation or a lower-case word that is no
// preposition or article, is an act of the subject when the rest of the
// sentence names the vote or judges it ("mostrou-se disponível para
// negociar o orçamento" is no reaction to the vote).

// showedSelf reports whether toks[v] is a reflexive verb of showing
// followed by what the subject showed themself to be.
func (ix *intl) showedSelf(toks []token, v int) bool {
	sv := showSelfVerbs[ix.lx.code]
	w := toks[v].lower
	if i := strings.LastIndex(w, "-"); i > 0 && ix.lx.reflexives[w[i+1:]] {
		w = w[:i] // "mostrou-se"
	} else if !ix.reflexiveAt(toks, v) {
		return false
	}
	if sv == nil || !sv[w] {
		return false
	}
	k := v + 1
	if k < len(toks) && toks[k].word() && ix.lx.reflexives[toks[k].lower] {
		k++
	}
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	if !(t.kind == tQuote || t.word() && !t.cap && !ix.lx.stops[t.lower] && !ix.lx.determiners[t.lower] && !ix.lx.rolePreps[t.lower]) {
		return false
	}
	return ix.aboutVote(toks[k:]) || ix.judging(toks[k:]) // not "mostrou-se disponível para negociar o orçamento"
}
