package article

// Conceding a defeat recognises the result, as in English ("conceded
// defeat"): "Jan Olk räumte seine Niederlage am Abend ein", "Lena Dal
// hatte ihre Niederlage eingeräumt", "admitió la derrota", "a concédé sa
// défaite". The verb concedes a defeat only with a defeat as its object
// (concessionVerbs, defeatStems in lexicon_concede.go). A German finite
// verb of it ends its clause with a particle ("räumte … ein", "erkannte …
// an"), and a negation before the particle is the verb's, however long
// the object: "räumte die Niederlage nicht ein" does not concede.

// concessionSpan is how far after a verb its defeat object, or the
// German particle closing the clause, may come.
const concessionSpan = 8

// concessionAt returns v when it is a recognition already found, else the
// index of a verb conceding a defeat in words, or -1.
func (l *langLexicon) concessionAt(words []string, v int) int {
	if v >= 0 {
		return v
	}
	if i := givenUpAt(l.code, words); i >= 0 {
		return i // "dio por perdida la elección" (intl_concedeact13.go)
	}
	verbs := concessionVerbs[l.code]
	for i, w := range words {
		if !verbs[w] && !concessionInfinitives[l.code][w] {
			continue
		}
		if p := separableParticles[l.code][w]; p != "" {
			if end := closingParticle(words, i, p); end > 0 && l.defeatIn(words[i+1:end]) {
				return i
			}
			continue
		}
		if l.code == "de" && l.defeatIn(words[max(0, i-concessionSpan):i]) {
			return i // "hatte ihre Niederlage am Abend eingeräumt"
		}
		if l.code != "de" && l.defeatIn(words[i+1:min(len(words), i+4)]) {
			return i // "admitió la derrota", "a concédé sa défaite"
		}
	}
	return -1
}

// closingParticle returns the index of the particle p closing the clause of the
// separable verb at words[v], within concessionSpan words, or -1.
func closingParticle(words []string, v int, p string) int {
	for k := v + 1; k < len(words) && k <= v+concessionSpan; k++ {
		if words[k] == p {
			return k
		}
	}
	return -1
}

// defeatIn reports whether a word of ws opens with a defeat stem.
func (l *langLexicon) defeatIn(ws []string) bool {
	return hasStem(ws, defeatStems[l.code])
}

// beforeParticle adds to negated and delayed the negation (and, with it,
// a word of delay) between the separable verb at words[v] and its
// particle: "erkannte das Ergebnis der Wahl nicht an", "räumte die
// Niederlage noch nicht ein". A negation after the particle is another
// clause's.
func (l *langLexicon) beforeParticle(words []string, v int, negated, delayed bool) (bool, bool) {
	p := separableParticles[l.code][words[v]]
	if p == "" {
		return negated, delayed
	}
	end := closingParticle(words, v, p)
	if end < 0 {
		return negated, delayed
	}
	neg, del := false, false
	for _, w := range words[v+1 : end] {
		neg = neg || l.negators[w]
		del = del || l.delays[w]
	}
	return negated || neg, delayed || neg && del
}
