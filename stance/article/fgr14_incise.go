package article

import "strings"

// French reported speech with an inverted incise and no quotation marks:
// "Le scrutin, a-t-elle dit, a été truqué", "X avait donné le ton : en
// l'état du dépouillement, avait-il martelé, personne ne pouvait se
// proclamer élu", "Les chiffres sont faux, estime-t-il." The incise (an
// inverted verb, or an inverted auxiliary and a speech participle,
// between commas or before the end) attributes the clause around it,
// from the sentence's start or its colon to its end, to the pronoun's
// antecedent: the person the sentence named before its colon, or else
// the one the pronoun resolves to. The reader read such an incise only
// after a quotation.

// inciseSentence emits the reported part of such a sentence, if it is
// one, and reports whether it did.
func (ix *intl) inciseSentence(toks []token, headline bool) bool {
	if ix.ruInciseSentence(toks, headline) {
		return true // "Его команда, объяснил он, пока …" (fgr16_ruincise.go)
	}
	p, ok := ix.frenchIncise(toks)
	if ok {
		ix.emitReported(toks, []reportedPart{p}, headline)
	}
	return ok
}

// frenchIncise returns the reported part of such a sentence. It declines
// when a quotation, a speech verb, a verb the rules know or "selon"
// comes before the incise (another attribution reads the sentence).
func (ix *intl) frenchIncise(toks []token) (reportedPart, bool) {
	if ix.lx.code != "fr" {
		return reportedPart{}, false
	}
	for i := 2; i+1 < len(toks); i++ {
		t := toks[i]
		if !t.word() || !ix.lx.inverted[t.lower] || !toks[i-1].is(",") {
			continue
		}
		v := i
		if ix.invertedAuxiliary(t.lower) {
			if !toks[i+1].word() || !ix.lx.speechVerbs[toks[i+1].lower] {
				return reportedPart{}, false
			}
			v = i + 1
		}
		if v+1 < len(toks) && !toks[v+1].is(",") && !toks[v+1].isTerm() {
			return reportedPart{}, false
		}
		return ix.inciseClause(toks, i)
	}
	return reportedPart{}, false
}

// invertedAuxiliary reports whether w is an auxiliary with its pronoun
// attached ("a-t-il", "avait-elle", "ont-ils"), which needs a participle.
func (ix *intl) invertedAuxiliary(w string) bool {
	if k := strings.IndexByte(w, '-'); k > 0 {
		return ix.lx.auxiliaries[w[:k]]
	}
	return false
}

// inciseClause is the part of an incise at toks[i]: the clause from the
// sentence's start, or from its colon, to its end; the speaker as
// frenchIncise says.
func (ix *intl) inciseClause(toks []token, i int) (reportedPart, bool) {
	cs, colon := 0, -1
	for k := 0; k < i-1; k++ {
		t := toks[k]
		switch {
		case t.is(":"):
			cs, colon = k+1, k
		case t.kind == tQuote && !ix.scare(toks, k) || t.is(";") || ix.according(toks, k) > 0 ||
			t.word() && (ix.lx.speechVerbs[t.lower] || ix.lx.inverted[t.lower] || ix.verbLike(t.lower)):
			return reportedPart{}, false
		}
	}
	var spk *speaker
	if colon > 0 && ix.lastNamed != nil && ix.lastNamedSent == ix.x.sentNo && ix.lastNamedLo < colon {
		spk = ix.lastNamed.canon()
	} else if colon < 0 {
		w := toks[i].lower
		spk = ix.resolve(phrase{kind: pPronoun, lo: i, hi: i + 1, word: w, text: w})
	}
	if spk == nil {
		return reportedPart{}, false
	}
	return reportedPart{spk: spk, kind: Reported, cs: cs, lo: cs}, true
}
