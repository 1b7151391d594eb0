package article

import "strings"

// Participles coordinated under one German auxiliary: "Der Präsident X
// hat Y noch vor dem Endergebnis angerufen, ihm gratuliert und …
// zugesagt". The perfect puts each participle at the end of its part of
// the clause, and reporters list the acts with commas before the last
// "und"; the subject stands once, by the auxiliary in second place.
// perfectSubject looked for the auxiliary only back to the nearest comma,
// so an act after the first participle had no subject.

// germanParticiple reports whether w is shaped as a German past
// participle: "ge" (after a separable prefix or none) and the ending
// -t or -en.
func germanParticiple(w string) bool {
	if !strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "en") {
		return false
	}
	if strings.HasPrefix(w, "ge") && len(w) > 5 {
		return true
	}
	for _, p := range germanSeparable {
		if strings.HasPrefix(w, p+"ge") && len(w) > len(p)+5 {
			return true
		}
	}
	return false
}

// listedParticiple reports whether the comma toks[c] ends an earlier
// participle of the same perfect as the verb toks[v] ("angerufen, ihm
// gratuliert"): a participle before the comma, and after it, up to the
// verb, no subject of its own (no pronoun of the language, no
// determiner, complementizer or relative word opening the part).
func (ix *intl) listedParticiple(toks []token, c, v int) bool {
	if c < 1 || c+1 >= v || !toks[c-1].word() || toks[c-1].cap || !germanParticiple(toks[c-1].lower) {
		return false
	}
	first := toks[c+1]
	if !first.word() || first.cap || ix.lx.determiners[first.lower] || ix.lx.complementizers[first.lower] || ix.lx.relatives[first.lower] {
		return false
	}
	for _, t := range toks[c+1 : v] {
		if !t.word() || ix.lx.pronouns[t.lower] {
			return false
		}
	}
	return true
}

// obliqueOpening reports whether the phrase at toks[lo] opens, or follows,
// an article or pronoun that German never gives a subject: accusative
// "den", "einen", dative "dem", "einem" ("Den Wahlsieg von Lena Dal hat
// Ivo Kask noch nicht anerkannt": the object comes first and the subject
// follows the auxiliary).
func obliqueOpening(toks []token, lo int) bool {
	for _, k := range []int{lo - 1, lo} {
		if k >= 0 && k < len(toks) && toks[k].word() && obliqueArticlesDe[toks[k].lower] {
			return true
		}
	}
	return false
}
