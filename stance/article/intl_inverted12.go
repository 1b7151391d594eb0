package article

import "strings"

// A person named after the verb, as the sentence's subject, in a sentence
// that says nothing quotable: German puts the subject after the verb
// whenever something else opens the sentence ("In Berlin schloss sich die
// Abgeordnete X dieser Lesart an."), Russian whenever the object or an
// adverb comes first ("Более осторожную позицию занял директор … X.").
// The next sentence goes on with that person as a pronoun ("Он
// напомнил, что …", "…, sagte sie."), so they, not the last speaker, are
// its antecedent. mentions only takes a person who opens the sentence;
// lateSubject finds the one after the verb.

// lateSubject returns the first person the sentence names in full after
// its opening (a name with an office, or a name of two words and more),
// not after a preposition and, in Russian, not in an oblique case, in a
// language whose subject may follow its verb. It registers them and
// returns nil when there is none.
func (ix *intl) lateSubject(toks []token) *speaker {
	preps := russianObjectPreps
	switch {
	case ix.lx.capNouns:
		preps = germanObjectPreps
	case !ix.lx.freeOrder:
		return nil
	}
	for i := 1; i < len(toks); i++ {
		if !toks[i].word() || ix.abbreviation(toks[i]) {
			continue
		}
		if preps[toks[i].lower] && i+1 < len(toks) {
			if q := ix.apposed(toks, i+1); q.ok() {
				i = q.hi - 1 // "mit Ministerin X", "с послом X": a complement, office and name
			}
			continue
		}
		p := ix.apposed(toks, i)
		f := strings.Fields(p.name)
		if p.kind != pName || len(f) == 0 || len(f) < 2 && p.role == "" || strings.ToUpper(f[0]) == f[0] {
			continue // a body's abbreviation before the name ("ОБСЕ Маттео …") is read from the name
		}
		if ix.lx.inflected && oblique(strings.ToLower(f[0])) {
			i = p.hi - 1 // "поздравил Майю Санду": an object
			continue
		}
		return ix.x.named(p)
	}
	return nil
}

// jointSpeech reports whether the reported part p is speech whose subject
// may be coordinated: "A и B указали, что …", "A und B erklärten, …", "A
// et B ont déclaré que …" report one statement of both, as "A und B
// gratulierten" reports the act of both (coordinated). Until the twelfth
// session only acts shared their subjects, so the first of two speakers
// of a joint statement was lost.
func (ix *intl) jointSpeech(p reportedPart) bool {
	return p.kind == Reported && !p.weak
}

// coordinationOpens reports whether the first of the coordinated
// subjects co (in the order of the text) opens its clause: at the
// sentence's start, after punctuation, a conjunction or a capitalised
// word ("Mardi, …", "Hier X et Y ont déclaré"), or a determiner. After
// any other lower-case word it is that word's object or complement ("Le
// président a reçu Lena Dal et Rui Mota a déclaré que …"), and the speech
// is the last name's alone.
func (ix *intl) coordinationOpens(toks []token, co []phrase) bool {
	if len(co) == 0 || co[0].lo == 0 {
		return true
	}
	t := toks[co[0].lo-1]
	return !t.word() || t.cap || ix.clauseOpener(t) || ix.lx.determiners[t.lower]
}

// colonAfterApposition returns where the reported clause starts when the
// comma toks[k] after a speaker opens an apposition that a colon ends
// ("Noch schärfer äußerte sich X, der Stabschef des Y: Von einer Wahl
// könne …", "заявил X, лидер партии Y: …"): the token after the colon.
// The apposition is an office, with its determiner, and words; a comma,
// quotation or sentence end before the colon means it is no apposition,
// and it returns -1.
func (ix *intl) colonAfterApposition(toks []token, k int) int {
	i := k + 1
	if i < len(toks) && toks[i].word() && ix.lx.determiners[toks[i].lower] {
		i++
	}
	if i >= len(toks) || !toks[i].word() {
		return -1
	}
	if w, _ := ix.core(toks[i].lower); !ix.lx.isRole(w) {
		return -1
	}
	for j := i + 1; j < len(toks) && j <= k+14; j++ {
		switch {
		case toks[j].is(":"):
			return j + 1
		case !toks[j].word() && !ix.titleQuote(toks, j):
			return -1 // a party's name in quotation marks is part of the office
		}
	}
	return -1
}

// nominativeRelative reports whether ws, the words between a Russian
// relative pronoun and its verb, are all lower case and the pronoun
// before them is a subject one ("который", "которая", "которые"): the
// pronoun is then the clause's subject whatever adverbials stand between
// ("X, который ещё до закрытия участков называл …"), since another
// subject would leave it in an oblique case ("которого"). A capitalised
// word may be a name, and is left to relativeSubject's caution.
func (ix *intl) nominativeRelative(ws []token) bool {
	if !ix.lx.inflected {
		return false
	}
	for _, t := range ws {
		if !t.word() || t.cap {
			return false
		}
	}
	return true
}

// soAttribution reads German "so" with a person between commas, or
// ending the sentence, as the source of the sentence's reported speech:
// "Die Kanzlerin habe … zugesagt, so Regierungssprecher X, die … Arbeit
// fortzusetzen." "so" opens an attribution as "laut" does only after a
// comma and before a person named with an office or in full, followed
// by a comma or the sentence's end ("…, so dass", "…, so Gott will" are
// none). The clause is the whole sentence, weak as "…, laut X." is: an
// actor of its own in the sentence speaks first (dropWeak).
func (ix *intl) soAttribution(toks []token) (reportedPart, bool) {
	if ix.lx.code != "de" {
		return reportedPart{}, false
	}
	for i := 2; i+1 < len(toks); i++ {
		if !toks[i].is("so") || !toks[i-1].is(",") {
			continue
		}
		p := ix.apposed(toks, i+1)
		if !ix.rec27mlSoNamed(p) { // rec27ml_attrib.go
			continue
		}
		if p.hi < len(toks) && !toks[p.hi].is(",") && !toks[p.hi].isTerm() {
			continue
		}
		fixed := 0
		if p.hi == len(toks) || toks[p.hi].isTerm() {
			fixed = i - 1 // "…, so X.": the clause ends before the attribution
		}
		return reportedPart{spk: ix.resolve(p), kind: Reported, cs: 0, lo: 0, fixed: fixed, weak: true}, true
	}
	return reportedPart{}, false
}

// appositionAfterName returns the comma that closes an office in
// apposition after a name whose comma is toks[k] ("Pour X, président du
// RCD, le taux …", "Selon X, porte-parole du ministère, …"): an office
// word, after a determiner or not, and the words of its complement up to
// the next comma within twelve tokens. It returns k when no office
// follows, so that the clause starts after the name's own comma.
func (ix *intl) appositionAfterName(toks []token, k int) int {
	i := k + 1
	if i < len(toks) && toks[i].word() && ix.lx.determiners[toks[i].lower] {
		i++
	}
	if i >= len(toks) || !toks[i].word() {
		return k
	}
	if w, _ := ix.core(toks[i].lower); !ix.lx.isRole(w) {
		return k
	}
	for j := i + 1; j < len(toks) && j <= k+12; j++ {
		switch {
		case toks[j].is(","):
			return j
		case !toks[j].word() && !ix.titleQuote(toks, j):
			return k
		}
	}
	return k
}

// afterObjectPrep reports whether the phrase at toks[lo] follows a
// Russian preposition (russianObjectPreps), which puts it in an oblique
// case: "Одним из первых с победой белорусского лидера поздравил X" has
// no subject in "победой … лидера", whose office word made it one that
// referred back to the last person named.
func (ix *intl) afterObjectPrep(toks []token, lo int) bool {
	return ix.lx.inflected && lo > 0 && toks[lo-1].word() && russianObjectPreps[toks[lo-1].lower]
}
