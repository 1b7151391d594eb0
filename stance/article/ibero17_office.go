package article

import "strings"

// An office the lexicon does not list, named by the words around it: "el
// asambleísta ecuatoriano Ernesto Salcedo, …, señaló", "o autarca portuense
// Rui Moreira disse". After an article, a lower-case noun, one lower-case
// adjective of nationality or party (by its ending) and a name of two capitalised words
// are an office and its holder: news prose introduces a person so, whatever
// their office. The adjective alone ("el opositor Rui Lobo") is read by
// classify already; without the name after the adjective ("el proceso
// colombiano") nothing changes.

// describedOffice reports whether toks[k] is such an office: after an
// article, followed by one lower-case word that is no verb, stop or
// determiner, then a name going on.
func (ix *intl) describedOffice(toks []token, k int) bool {
	lx := ix.lx
	if !iberoLangs17[lx.code] || k < 1 || k+3 >= len(toks) || !toks[k-1].word() || !lx.determiners[toks[k-1].lower] {
		return false
	}
	if k >= 2 && toks[k-2].word() && lx.rolePreps[toks[k-2].lower] {
		return false // "del proceso colombiano": an office's complement, not an office
	}
	for _, t := range toks[k : k+2] {
		if !t.word() || t.cap || ix.describedOfficeStop(t.lower) {
			return false
		}
	}
	adj := toks[k+1].lower
	if !hasAnySuffix(adj, ix.lx.demonymSuffixes...) && !hasAnySuffix(adj, iberoPartySuffixes17...) {
		return false // "A polícia deteve Ivo Kask": a verb the rules do not know, no adjective
	}
	return toks[k+2].word() && toks[k+2].cap && ix.nameGoesOn(toks, k+1) && !ix.abbreviation(toks[k+2])
}

// describedOfficeStop reports whether w cannot be part of an office: a
// word the rules read otherwise (a stop, a determiner, a verb, a day).
func (ix *intl) describedOfficeStop(w string) bool {
	lx := ix.lx
	return lx.stops[w] || lx.determiners[w] || lx.notNames[w] || lx.speechVerbs[w] || lx.auxiliaries[w] ||
		lx.pronouns[w] || lx.clitics[w] || lx.rolePreps[w] || lx.conjunctions[w] || ix.verbLike(w) || ix.encliticVerb(w)
}

// copulaAt reports whether toks[k] is a lower-case copula of
// iberoCopulas17, or a verb of dedicating (ibero17_dedicate.go), in no
// list of verbs that verbLike reads.
func (ix *intl) copulaAt(toks []token, k int) bool {
	w := toks[k].lower
	return !toks[k].cap && (iberoCopulas17[ix.lx.code][w] || dedicateVerbs[ix.lx.code][w])
}

// infinitiveFrom returns where an infinitive clause after a speech verb
// may open: past one adverb of iberoInfinitiveAdverbs17 at toks[from], or
// from itself.
func (ix *intl) infinitiveFrom(toks []token, from int) int {
	if from+1 < len(toks) && toks[from].word() && toks[from+1].word() && iberoInfinitiveAdverbs17[ix.lx.code][toks[from].lower] {
		return from + 1
	}
	return from
}

// originComma returns the comma that opens a person's place of origin
// between commas, ", de Viseu," or ", del Estado Zulia,", whose closing
// comma is toks[c]: a joining word of offices and capitalised words only
// ("Joaquim Calheiros, de Viseu, que disse …"); or -1. The person is
// named before it.
func (ix *intl) originComma(toks []token, c int) int {
	if !iberoLangs17[ix.lx.code] || c < 4 || !toks[c].is(",") {
		return -1
	}
	k := c - 1
	for k > 0 && c-k <= 3 && toks[k].word() && toks[k].cap {
		k--
	}
	if k == c-1 || k < 2 || !toks[k].word() || !ix.lx.rolePreps[toks[k].lower] || !toks[k-1].is(",") {
		return -1
	}
	return k - 1
}

// coordinatedRelative returns, for a subject relative pronoun toks[r]
// after a conjunction ("X, de Viseu, que disse …, e que felicitou Y"),
// the pronoun of the earlier relative clause of the same sentence that it
// is coordinated with, opening after a comma: the second clause has the
// first one's antecedent. Otherwise it returns r.
func (ix *intl) coordinatedRelative(toks []token, r int) int {
	lx := ix.lx
	if !iberoLangs17[lx.code] || r < 2 || !toks[r-1].word() || !lx.conjunctions[toks[r-1].lower] || !toks[r-2].is(",") && toks[r-2].kind != tQuote {
		return r
	}
	for k := r - 3; k >= 2; k-- {
		t := toks[k]
		if t.isTerm() || t.is(";") || t.is(":") {
			return r
		}
		if t.word() && lx.subjectRelatives[t.lower] && toks[k-1].is(",") {
			return k
		}
	}
	return r
}

// quoteCuts reports whether a quotation that is no scare quote stands
// between toks[from] and toks[v]: a reported clause opening at from ends
// before it (clauseStop), so an act at v after it is not part of that
// clause ("X disse já estar a trabalhar «…», e que felicitou Y"; "X dijo
// que «…» y felicitó a Y") and is read on its own.
func (ix *intl) quoteCuts(toks []token, from, v int) bool {
	for k := max(from, 0); k < v && k < len(toks); k++ {
		if toks[k].kind == tQuote && !ix.scare(toks, k) {
			return true
		}
	}
	return false
}

// afterPreposition reports whether the word before toks[k], a definite
// article after a verb's object, is a preposition (a stop that is no
// conjunction): the article opens the preposition's object, not an
// inverted subject ("impugnó ante la Sala Electoral la elección …",
// "recorreu perante o Tribunal Constitucional …").
func (ix *intl) afterPreposition(toks []token, v, k int) bool {
	p := toks[k-1]
	return k-1 > v && p.word() && ix.lx.stops[p.lower] && !ix.lx.conjunctions[p.lower]
}

// pastMannerAdverb returns the index after a Spanish or Portuguese adverb
// of manner in "-mente" at toks[k] ("habló abiertamente de fraude",
// "denunciou publicamente uma farsa"), or k: the verb's complement
// follows it as it would follow the verb.
func (ix *intl) pastMannerAdverb(toks []token, k int) int {
	if iberoLangs17[ix.lx.code] && k+1 < len(toks) && toks[k].word() && !toks[k].cap && len(toks[k].lower) > len("mente")+2 && strings.HasSuffix(toks[k].lower, "mente") {
		return k + 1
	}
	return k
}

// referringOffice reports whether p, an office with a definite article,
// refers back to the person the same or the previous sentence named
// ("… fue el propio Nicolás Maduro. Ante las cámaras, el presidente
// venezolano dio por buena la derrota y aseguró que …"): as definite as
// that person's name, it opens the sentence as the subject of a second
// verb after a conjunction (openingSubject), when the verb before the
// conjunction follows it at once. resolve then finds the person (backRef).
func (ix *intl) referringOffice(toks []token, p phrase) bool {
	if !iberoLangs17[ix.lx.code] || p.kind != pRole || !p.definite || p.hi >= len(toks) || !toks[p.hi].word() || toks[p.hi].cap {
		return false
	}
	if ix.lastNamed == nil || ix.x.sentNo-ix.lastNamedSent > 1 || ix.lastNamed.canon().kind != pName || ix.institution(p.head) {
		return false
	}
	return ix.lastNamedSent < ix.x.sentNo || ix.lastNamedLo < p.lo
}
