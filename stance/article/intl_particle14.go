package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names whose surname opens with particles in the non-English reader
// ("Juan Carlos de la Vega", "Pedro dos Santos", "Karl-Theodor zu
// Guttenberg") and the surname used alone afterwards ("de la Vega dijo",
// "Del Río, por su parte, dijo", "Depois, dos Santos disse"). Before,
// "de la" cut a Spanish name at its particle ("Juan Carlos"), German "zu"
// was no particle, and a surname opening with a particle read as a
// preposition with its object, so the later mentions had no speaker.

// innerParticle reports whether toks[i] is a lower-case particle that may
// stand inside a name: a particle of every language (intlNameParticles),
// one of the article's language (langNameParticles), or an article after
// "de" ("de la Vega", particleArticles).
func (ix *intl) innerParticle(toks []token, i int) bool {
	t := toks[i]
	if !t.word() || t.cap {
		return false
	}
	code := ix.lx.code
	if intlNameParticles[t.lower] || langNameParticles[code][t.lower] || dutchFirstParticles[t.lower] {
		return true
	}
	if i == 0 || !toks[i-1].word() {
		return false
	}
	prev := toks[i-1].lower
	return particleArticles[code][t.lower] && prev == "de" || innerArticles[t.lower] && prev == "van"
}

// particleBody reports whether toks[i], the capitalised word after "de"
// and an article, opens the name of a body or place ("de la Junta
// Electoral", "de los Estados Unidos"), which no surname is.
func (ix *intl) particleBody(toks []token, i int) bool {
	return i >= 2 && particleArticles[ix.lx.code][toks[i-1].lower] && particleBodyNouns[ix.lx.code][toks[i].lower]
}

// particleSurnameAt returns the end (exclusive) of a surname opened by
// particles at toks[k] and standing without a given name ("de la Vega",
// "Del Río", "dos Santos", "Von Hagen", French "Le Guen"), or 0: one to three particles,
// the first of any case, then a capitalised word, when the article named
// a person whose name ends so before ("Juan Carlos de la Vega"). The
// person named before tells a surname from a preposition and its object
// ("De Lisboa, o Presidente …", "de la Comisión"); toks[k-1] must not be
// a capitalised word (the particles would be inside a full name).
func (ix *intl) particleSurnameAt(toks []token, k int) int {
	if k > 0 && toks[k-1].word() && (toks[k-1].cap || intlNameParticles[toks[k-1].lower]) || !toks[k].word() {
		return 0
	}
	if w := toks[k].lower; !intlNameParticles[w] && !langNameParticles[ix.lx.code][w] && !dutchFirstParticles[w] && !ix.capParticle(toks[k]) {
		return 0
	}
	i := k + 1
	for i < len(toks) && i < k+3 && ix.innerParticle(toks, i) {
		i++
	}
	if i >= len(toks) || !toks[i].word() || !toks[i].cap || ix.abbreviation(toks[i]) {
		return 0
	}
	words := make([]string, 0, i-k+1)
	for _, t := range toks[k : i+1] {
		words = append(words, t.lower)
	}
	if !ix.knownParticleName(strings.Join(words, " ")) {
		return 0
	}
	return i + 1
}

// knownParticleName reports whether key (lower case) is the name, or the
// ending of the full name, of a person the article named before.
func (ix *intl) knownParticleName(key string) bool {
	x := ix.x
	s := x.byName[key]
	if s == nil {
		s = x.bySuffix[key]
	}
	return s != nil && s.canon().kind == pName || ix.fullNameInText(key)
}

// fullNameInText reports whether the text writes key (a surname opened
// by particles, in lower case) inside a full name somewhere: after a
// capitalised given name that follows punctuation or an office
// ("Präsident Anna von Weizsäcker", ". Maria von Arnim,"), with the
// particles in lower case (French articles capitalised). A person named
// so as the object of a verb is not registered (mentions), but the
// surname alone names them later ("Von Weizsäcker selbst sprach …").
// A noun before a preposition ("Die Glückwünsche von Frankreich") is
// neither after punctuation nor after an office.
func (ix *intl) fullNameInText(key string) bool {
	text := ix.x.text
	lt := strings.ToLower(text)
	if len(lt) != len(text) {
		return false
	}
	for i := 0; ; {
		n := strings.Index(lt[i:], " "+key)
		if n < 0 {
			return false
		}
		at := i + n + 1
		i = at
		end := at + len(key)
		if end < len(text) && isLetterByte(text, end) {
			continue
		}
		if ix.particlesAsWritten(text[at:end]) && ix.givenNameBefore(text, at-1) {
			return true
		}
	}
}

// particlesAsWritten reports whether the particles of a full name are
// written as inside one: in lower case, but French capitalised articles.
func (ix *intl) particlesAsWritten(s string) bool {
	f := strings.Fields(s)
	for _, w := range f[:len(f)-1] {
		if startsUpper(w) && !(ix.lx.code == "fr" && intlCapParticles[strings.ToLower(w)]) {
			return false
		}
	}
	return true
}

// givenNameBefore reports whether the word that ends at text[e] (a space
// after it) is capitalised, no office, article or word of notNames, and
// follows punctuation, the text's start or an office.
func (ix *intl) givenNameBefore(text string, e int) bool {
	f := strings.Fields(text[max(0, e-80):e])
	if len(f) == 0 {
		return false
	}
	g := f[len(f)-1]
	lg := strings.ToLower(g)
	if !startsUpper(g) || ix.lx.isRole(lg) || ix.lx.determiners[lg] || ix.lx.notNames[lg] || strings.ContainsAny(g, ".,;:()«»“”\"") {
		return false
	}
	if len(f) == 1 {
		return e-80 <= 0
	}
	p := f[len(f)-2]
	last, _ := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune(".,;:«“\"—–(", last) || ix.lx.isRole(strings.ToLower(p)) {
		return true
	}
	return len(f) >= 3 && ix.describedBefore(f[len(f)-3], p)
}

// describedBefore reports whether the words w3 and w2 before a given name
// are a determiner or a lower-case word and a capitalised noun that
// describes the person ("Sein Kontrahent Ingrid von Hagen", "den früheren
// Ombudsmann Anna von Weizsäcker"): German capitalises the noun, which is
// no office the lexicon knows. A determiner and a noun right before the
// particles ("Die Glückwünsche von Norland") have no given name between.
func (ix *intl) describedBefore(w3, w2 string) bool {
	if !startsUpper(w2) || ix.lx.determiners[strings.ToLower(w2)] || strings.ContainsAny(w2, ".,;:()«»“”\"") || strings.ContainsAny(w3, ".!?;:") {
		return false
	}
	return !startsUpper(w3) || ix.lx.determiners[strings.ToLower(w3)]
}

// describedName reports whether the German speaker phrase that opened at
// toks[j] with a determiner has read a capitalised noun and a given name
// (cls) before the particle at toks[k]: "Sein Kontrahent Ingrid von
// Hagen", where the particle joins the name, unlike "Sabine Berg von der
// Universität" (a name and a complement, no determiner).
func (ix *intl) describedName(toks []token, j, k int, cls []wordClass) bool {
	return len(cls) == 2 && k == j+3 && ix.lx.determiners[toks[j].lower] && !ix.lx.determiners[toks[k].lower]
}

// isLetterByte reports whether a letter starts at text[i].
func isLetterByte(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// nameGoesOn reports whether the lower-case word toks[k], before a
// capitalised word, may describe the person named from toks[k+1]: the
// word after that is capitalised ("l’opposant Rémi Faure"), or particles
// before a capitalised word ("el boliviano Pedro del Río", "el de José
// de la Torre"), unless the particle is also an article ("der Erste
// Gratulant der Wahlnacht") or the word after toks[k] an abbreviation
// ("del PLC de Arnoldo Alemán").
func (ix *intl) nameGoesOn(toks []token, k int) bool {
	i := k + 2
	if i >= len(toks) || !toks[i].word() {
		return false
	}
	if toks[i].cap {
		return true
	}
	return !ix.lx.determiners[toks[i].lower] && !ix.abbreviation(toks[k+1]) && ix.nameParticleAt(toks, i)
}

// knownSurnameBefore reports whether, in a language that capitalises
// its nouns, the single capitalised word before the particles toks[k:i]
// is the surname of a person the article named in full, and the words
// from it to toks[i] name no one it knows: the particle is then a
// preposition after that person's surname before a noun ("…, sagte Kask
// zu Journalisten", "sagte Kask von Journalisten"), not inside a name.
// Elsewhere the noun is lower-case; there a given name may be a place's
// last word as well ("São Paulo", "Paulo de Oliveira").
func (ix *intl) knownSurnameBefore(toks []token, k, i int) bool {
	if !ix.lx.capNouns || k < 1 || !toks[k-1].word() || !toks[k-1].cap || k >= 2 && toks[k-2].word() && toks[k-2].cap {
		return false
	}
	if ix.x.bySurname[toks[k-1].lower] == nil {
		return false
	}
	words := make([]string, 0, i-k+2)
	for _, t := range toks[k-1 : i+1] {
		words = append(words, t.lower)
	}
	return !ix.knownParticleName(strings.Join(words, " "))
}

// capParticle reports whether t is a capitalised article that opens a
// French surname ("Le Guen", "La Fontaine"; intlCapParticles).
func (ix *intl) capParticle(t token) bool {
	return ix.lx.code == "fr" && t.cap && intlCapParticles[t.lower]
}

// capRoleSurname reports whether the capitalised office word toks[i],
// after a capitalised article inside a French name, is the end of the
// surname ("Paul Le Maire", "le roi Paul Le Maire du Maroc"): French
// writes offices in lower case, and no article follows a given name.
// Without a given name before the article, the capitalised office of a
// head of state that goes on with its complement is an office ("Le
// Président de la République").
func (ix *intl) capRoleSurname(toks []token, i int) bool {
	if i >= 2 && toks[i-2].word() && toks[i-2].cap || i+1 >= len(toks) || !toks[i+1].word() {
		return true
	}
	w := toks[i+1].lower
	return !ix.lx.rolePreps[w] && !(len(w) > 2 && w[1] == '\'' && ix.lx.rolePreps[w[:2]])
}

// nameOrHonorific reports whether a word of class c may stand before the
// particles of a name: a word of the name, or an honorific before a
// surname opened by particles ("M. du Bellay", "Mme de Villiers", "Herr
// von Velden").
func nameOrHonorific(c wordClass) bool {
	return c == cName || c == cHon
}
