package article

import "strings"

// Round-ups open a sentence with the act and list who did it after it:
// "Lo felicitaron A y B", "Também o felicitaram A e B", "L'ont également
// félicité A et B", "Ont également félicité Weber : A, B et C", and, with
// offices, "Ont également félicité Weber le président sénégalais A et son
// homologue ivoirien B". A verb that opens its clause found its subject
// after it only in Spanish and Portuguese and only as a person with an
// article (intl_invertedes13.go), since a bare name right after the verb
// is as often its object ("felicitó Ana Ruiz" in Portuguese, French). The
// list is the subject, not the object, when the object is already given:
// by an object pronoun before the verb, or before a colon that opens the
// list; and in French, as in Portuguese, by a name or a congratulation
// between the verb and a person with an article. The list must hold two
// people named in full or more and end the sentence.

// rom32ListAfterVerb returns the first person of a list after the verb
// toks[v] that opens its clause (its preverbs start after toks[b]) when
// the list is the verb's subject by the rule above, or no phrase.
func (ix *intl) rom32ListAfterVerb(toks []token, v, b int) phrase {
	if !rom32OfficeLangs[ix.lx.code] || !ix.opensClause(toks, b) {
		return phrase{}
	}
	k := v + 1
	for k < len(toks) && toks[k].word() && ix.lx.preverbs[toks[k].lower] && !ix.lx.determiners[toks[k].lower] {
		k++ // "felicitaron también"
	}
	switch {
	case ix.rom32ObjectClitic(toks[b+1 : v]):
	case ix.lx.code == "fr":
		if c := rom32ColonAfter(toks, k); c > 0 {
			k = c // "Ont félicité Weber : A, B et C"
			break
		}
		j, named := ix.pastBareObject(toks, k)
		if j == k || !named || j >= len(toks) || !ix.lx.definite[toks[j].lower] {
			return phrase{}
		}
		k = j // "Ont félicité Weber le président A et …"
	default:
		c := rom32ColonAfter(toks, k)
		if c < 0 {
			return phrase{}
		}
		k = c
	}
	p := ix.apposed(toks, k)
	if !ix.isPerson(p) {
		return phrase{}
	}
	rest := ix.coordinatedAfter(toks, p)
	if len(rest) == 0 {
		return phrase{}
	}
	if e := rest[len(rest)-1].hi; e < len(toks) && !toks[e].isTerm() {
		return phrase{}
	}
	return p
}

// rom32ObjectClitic reports whether ws, the words between a verb's
// clause opening and the verb, hold an object pronoun ("lo", "o", "l'").
func (ix *intl) rom32ObjectClitic(ws []token) bool {
	for _, t := range ws {
		if t.word() && (rom32ObjectClitics[ix.lx.code][t.lower] || ix.lx.code == "fr" && strings.HasPrefix(t.lower, "l'")) {
			return true
		}
	}
	return false
}

// rom32ColonAfter returns the index after a colon within six words from
// toks[k] with nothing but words before it, or -1.
func rom32ColonAfter(toks []token, k int) int {
	for i := k; i < len(toks) && i <= k+6; i++ {
		if toks[i].is(":") {
			return i + 1
		}
		if !toks[i].word() {
			return -1
		}
	}
	return -1
}
