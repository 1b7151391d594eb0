package article

// A body's act with the person it spoke through named after the act: "A
// delegação da União Europeia limitou-se a «tomar nota» dos números, pela
// voz de uma porta-voz, X, e …", "El Gobierno saludó la jornada, a través
// de su portavoz, X". The spokesperson is named as the speaker, as when
// the phrase comes before the verb ("La UE, a través de su portavoz, X,
// elogió", beforeParenthetical): the article quotes the person.

// throughAfter returns the person named in apposition after a phrase of
// the language's through list ("pela voz de", "a través de") and an
// office, which follows a comma after the act's verb toks[v] in the same
// clause; or an empty phrase.
func (ix *intl) throughAfter(toks []token, v int) phrase {
	if !iberoLangs17[ix.lx.code] {
		return phrase{}
	}
	for k := v + 1; k+2 < len(toks); k++ {
		t := toks[k]
		if t.isTerm() || t.is(";") || t.is(":") || t.kind == tQuote && !ix.scare(toks, k) {
			return phrase{}
		}
		if !t.is(",") {
			continue
		}
		n := matchPhrase(toks, k+1, ix.lx.through)
		if n == 0 {
			continue
		}
		j := k + 1 + n
		if j < len(toks) && toks[j].word() && ix.lx.determiners[toks[j].lower] && !ix.lx.definite[toks[j].lower] {
			j++ // "pela voz de uma porta-voz, X": an indefinite office, which apposed does not read
		}
		if p := ix.apposed(toks, j); p.kind == pName && p.role != "" {
			return p
		}
		return phrase{}
	}
	return phrase{}
}

// throughSpeaker gives the part p of the verb toks[v], whose subject subj
// is no person, to the person throughAfter finds.
func (ix *intl) throughSpeaker(toks []token, v int, subj phrase, p reportedPart) reportedPart {
	if !subj.ok() || ix.isPerson(subj) || p.spk == nil {
		return p
	}
	if q := ix.throughAfter(toks, v); q.ok() {
		p.spk = ix.resolve(q)
	}
	return p
}
