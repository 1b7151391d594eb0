package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordClass is the part a word plays in a speaker phrase of intl.go.
type wordClass uint8

const (
	cName wordClass = iota + 1 // a capitalised word of a name
	cRole                      // an office: "presidente", "Regierungssprecher"
	cPrep                      // joins an office to what it heads: "de", "des", "der"
	cMod                       // a lower-case modifier of an office: "francés", "иностранных"
	cHon                       // an honorific, dropped: "M.", "Sr.", "Herr"
)

// core strips a French elided article ("l'ambassadeur" → "ambassadeur")
// and reports whether it was definite.
func (ix *intl) core(w string) (string, bool) {
	if ix.lx.code == "fr" && len(w) > 2 && (w[0] == 'l' || w[0] == 'd') && w[1] == '\'' {
		return w[2:], w[0] == 'l'
	}
	return w, false
}

// forward parses the speaker phrase that starts at toks[j]: a pronoun, or
// an optional determiner followed by offices, their modifiers and
// complements, honorifics and capitalised words, at most maxPhrase
// tokens, up to the first word of lexicon's stops, verb, punctuation or
// other word.
func (ix *intl) forward(toks []token, j int) phrase {
	if j >= len(toks) || !toks[j].word() {
		return phrase{}
	}
	lx := ix.lx
	if p := ix.pronounOrInstitution(toks, j); p.ok() {
		return p // a pronoun, or "Национальный совет демократических сил" (fgr17_ruinstitution.go)
	}
	k, definite := j, len(lx.determiners) == 0
	if lx.determiners[toks[j].lower] && ix.particleSurnameAt(toks, j) == 0 { // "Le Guen a déclaré" (intl_particle14.go)
		k, definite = j+1, lx.definite[toks[j].lower]
		k += ix.articledPossessive(toks, j) // "O seu porta-voz, X," (ibero15_possessive.go)
	}
	start := k
	cls := make([]wordClass, 0, maxPhrase)
	seenRole, mods := false, 0
	for ; k < len(toks) && k-j < maxPhrase; k++ {
		t := toks[k]
		if t.is(".") && len(cls) > 0 && cls[len(cls)-1] == cHon && toks[k-1].end == t.start {
			cls = append(cls, cHon)
			continue
		}
		if k == start && ix.agencyBefore(toks, k) || ix.deNounAfterName(toks, k, cls, seenRole) {
			break // "à l'AFP Paul Berg": the agency, then the name (intl_agency.go); "Kanzler X Y Glückwünsche" (fgr17_denoun.go)
		}
		if len(cls) > 0 && cls[len(cls)-1] == cName && initialWord(t) {
			cls = append(cls, cName) // "George W. Bush" (intl_initial.go)
			continue
		}
		if seenRole && ix.titleInRole(toks, k) {
			cls = append(cls, cMod) // "депутат от «Единой России» X" (fgr14_addressee.go)
			mods++
			continue
		}
		if k == start && ix.particleSurnameAt(toks, k) > 0 {
			cls = append(cls, cName) // "de la Vega dijo", "Depois, dos Santos disse" (intl_particle14.go)
			continue
		}
		c := ix.classify(toks, k, k == start, seenRole, mods)
		posted := c == 0 && seenRole && ix.postedPlace(toks, start, k)
		if posted {
			c = cPrep // "embajada de Norlandia en Velor", "посольство США в Велоре"
		}
		if n := len(cls); n > 0 && cls[n-1] == cName && ix.capParticleAt(toks, k) {
			c = cName // "Jean-Yves Le Drian", "Marine Le Pen"
		}
		if n := len(cls); n > 0 && cls[n-1] == cName && ix.institutionAdjective(toks, k) {
			c = cName // "l'Union européenne" (intl_institution.go)
		}
		if n := len(cls); n > 0 && nameOrHonorific(cls[n-1]) && ix.nameParticleAt(toks, k) && !ix.complementOfAt(toks, k, cls) && (!ix.lx.capNouns || n == 1 || cls[n-2] != cName || intlNameParticles[toks[k-1].lower] || foreignParticles[toks[k].lower] || dutchParticles[toks[k].lower] || ix.describedName(toks, j, k, cls)) {
			c = cName // "Lula da Silva", "Van der Bellen", "Урсула фон дер Ляйен"
		}
		if n := len(cls); c == cRole && toks[k].cap && !ix.lx.capNouns && n > 0 && cls[n-1] == cName {
			c = cName // a surname that is also an office: "Pablo Rey"
		}
		if n := len(cls); c == cMod && n > 0 && cls[n-1] == cName && ((n < 2 || !ix.complementAt(cls[n-2])) && !ix.complementRun(toks, start, cls) || ix.acronymThenName(toks, start, cls)) {
			break // a lower-case word after a name is not part of it ("Affaires étrangères" is)
		}
		if c == 0 || c == cPrep && !posted && len(cls) > 0 && cls[len(cls)-1] == cName && !ix.complementRun(toks, start, cls) && !ix.lx.titlePreps[t.lower] {
			break // "Wolfgang Prenner der Agentur": a complement follows an office, not a name
		}
		if k == j {
			if _, def := ix.core(t.lower); def {
				definite = true
			}
		}
		seenRole = seenRole || c == cRole
		if c == cMod {
			mods++
		} else {
			mods = 0
		}
		cls = append(cls, c)
	}
	for len(cls) > 0 && cls[len(cls)-1] == cPrep {
		cls = cls[:len(cls)-1]
	}
	return ix.interpret(toks, j, start, cls, definite)
}

// complementRun reports whether the capitalised words that end cls follow
// a joining word after an office: they name what the office heads, which
// may go on with another complement or a modifier ("portavoz del
// Ministerio de Exteriores chino", "président de la Commission de l’Union
// africaine", "porte-parole du département d’État américain"), where a
// name would end. cls are the classes of toks[start:].
func (ix *intl) complementRun(toks []token, start int, cls []wordClass) bool {
	i := len(cls) - 1
	for i >= 0 && cls[i] == cName {
		i--
	}
	if i == len(cls)-1 || i < 0 {
		return false
	}
	return cls[i] == cPrep || ix.joinedAt(toks, start+i+1)
}

// classify says what part toks[k] can play in a speaker phrase, 0 for
// none. first is set for the phrase's first word (after a determiner),
// seenRole when an office came before it in the phrase, mods is how many
// modifiers have followed the last other word.
func (ix *intl) classify(toks []token, k int, first, seenRole bool, mods int) wordClass {
	t, lx := toks[k], ix.lx
	if !t.word() {
		return 0
	}
	w, _ := ix.core(t.lower)
	capital := t.cap || (w != t.lower && ix.elidedCap(t)) // "l’Élysée"
	capNext := k+1 < len(toks) && toks[k+1].word() && toks[k+1].cap
	switch {
	case intlHonorifics[w] && (capNext || k+1 < len(toks) && toks[k+1].is(".") || ix.nameParticleAt(toks, k+1)):
		return cHon
	case lx.isRole(w) || ix.namedOccupation(toks, k) || first && ix.describedOffice(toks, k): // ibero17_office.go
		return cRole
	case lx.speechVerbs[w] || lx.auxiliaries[w] || lx.particles[w] || lx.inverted[w] || lx.pronouns[w] || ix.encliticVerb(w):
		return 0 // "o chefe de Estado desejou-lhe …" ends before the verb (ibero15_possessive.go)
	case k == 0 && lx.actionVerbs[w] && verbFirstLangs[lx.code]:
		return 0 // "Felicitou Ivo Kask pela vitória": the verb opens the sentence, the name is its object (lexicon_rules.go, under intl_verbfirst13.go)
	case seenRole && ix.oneOfAt(toks, k):
		return cPrep // "Наблюдатель от одной из миссий СНГ X" (fgr18_acronym.go)
	case seenRole && ix.placePrep(toks, k):
		return cPrep // "aliado de X na Frente Unida" (intl_placeprep.go)
	case seenRole && lx.rolePreps[w] && k+1 < len(toks) && toks[k+1].word() && !lx.stops[toks[k+1].lower]:
		return cPrep // "ministro de Exteriores", "jefe de la misión de observadores"
	case lx.determiners[w] && k > 0 && toks[k-1].word() && lx.rolePreps[toks[k-1].lower] && seenRole:
		return cPrep // "ministre de la Défense"
	case seenRole && lx.titlePreps[w] && ix.nameAhead(toks, k+1):
		return cPrep // "представитель ЕС по иностранным делам Жозеп Боррель"
	case lx.stops[w] || lx.determiners[w] || ix.according(toks, k) > 0:
		return 0
	case capital:
		if lx.notNames[w] && !(seenRole && ix.joinedAt(toks, k)) {
			return 0 // "État" opens a sentence, but "du département d’État" heads an office's complement
		}
		if ix.demonymAt(toks, k, first) || ix.genitiveTitleAt(toks, k, first) || ix.possessedTitleAt(toks, k, first) || ix.off28DemonymAt(toks, k, first) { // "Serbiens X" (intl_demonym.go), "Sein Partner X" (fgr15_phrase.go), "Москвичка X" (off28_demonym.go)
			return cMod // "le Kényan Uhuru Kenyatta", "L’Ougandais Yoweri Museveni"
		}
		return cName
	case seenRole && lx.clitics[w]:
		return 0 // "Le président français lui a adressé …": an object pronoun before the verb ends the subject
	case seenRole && !t.cap && (ix.verbLike(w) || ix.side().makes[w]) && !ix.possessiveBefore(toks, k):
		return 0 // "El presidente felicitó …": the verb is no modifier of the office; nor "gab" in "Der Außenminister gab keinen Kommentar ab" (ml31: lexicon_ml31.go)
	case seenRole && ix.copulaAt(toks, k):
		return 0 // "El diputado del Gran Polo X fue más lejos:" (ibero17_office.go)
	case seenRole && (mods < 2 || lx.complement && mods < 3 && ix.nameAhead(toks, k)) || ix.roleWithin(toks, k+1, 2) && !ix.gr32VerbBeforeRole(w):
		// a third lower-case word when a name ends the title: "представитель
		// министерства иностранных дел Мария Захарова"
		return cMod
	case first && capNext && ix.nameGoesOn(toks, k) && !ix.verbLike(w) && !ix.lab29grPreposition(w) && !lx.reflexives[w] && (!lx.rolePreps[w] || k > 0 && lx.determiners[toks[k-1].lower]): // lab29gr_preposition.go: "в разговоре с Бараком Обамой"; "los observadores del Centro Carter": a joining word with no article is no description, "el de X" is (rom32); gr32: "äußerte sich X" names X, not "sich X"
		return cMod // a description before a full name: "l’opposant Rémi Faure"; not a verb the rules know ("felicitou Rui Lobo", ibero14_droppedopening.go)
	}
	return 0
}

// nameAhead reports whether one to three lower-case words from toks[k]
// on, none of them a stop or a verb the rules know, are followed by a
// capitalised word that is no abbreviation: a title's complement ends
// with the name it describes.
func (ix *intl) nameAhead(toks []token, k int) bool {
	for i := k; i < len(toks) && i <= k+3 && toks[i].word(); i++ {
		t := toks[i]
		if t.cap {
			return i > k && !ix.abbreviation(t)
		}
		if ix.lx.stops[t.lower] || ix.lx.speechVerbs[t.lower] || ix.verbLike(t.lower) {
			return false
		}
	}
	return false
}

// verbLike reports whether the lower-case word w is a verb the rules know
// or a negation, which ends a speaker phrase rather than modifying its
// office ("El presidente felicitó", "O premiê não parabenizou"), unless
// the office is the speaker's own ("su gobierno esperará"). Other
// preverbs are left out: on the development sets they moved more
// speakers wrong than right.
func (ix *intl) verbLike(w string) bool {
	lx := ix.lx
	return lx.actionVerbs[w] || lx.sendVerbs[w] || lx.silences[w] || lx.followVerbs[w] || lx.negators[w]
}

// possessiveBefore reports whether the office before toks[k] opens with a
// determiner that is not definite ("su gobierno esperará", "son
// gouvernement"): the speaker's own office, which the rules leave whole
// as before.
func (ix *intl) possessiveBefore(toks []token, k int) bool {
	j := k - 1
	for j >= 0 && j >= k-4 && toks[j].word() && !ix.lx.determiners[toks[j].lower] {
		j--
	}
	return j >= 0 && toks[j].word() && ix.lx.determiners[toks[j].lower] && !ix.lx.definite[toks[j].lower] && !ix.complementArticle(toks, j) // fgr15_phrase.go
}

// joinedAt reports whether toks[k] follows a joining word of offices, as
// a word of its own ("de Estado") or elided into it ("d’État").
func (ix *intl) joinedAt(toks []token, k int) bool {
	if w := toks[k].lower; len(w) > 2 && w[1] == '\'' && ix.lx.rolePreps[w[:2]] {
		return true
	}
	return k > 0 && toks[k-1].word() && ix.lx.rolePreps[toks[k-1].lower]
}

// elidedCap reports whether the word after a French elided article is
// capitalised ("l’Élysée", "d’Emmanuel").
func (ix *intl) elidedCap(t token) bool {
	w := ix.x.text[t.start:t.end]
	for i, r := range w {
		if r == '\'' || r == '’' {
			rest := w[i+len(string(r)):]
			return startsUpper(rest)
		}
	}
	return false
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// complementAt reports whether a capitalised word after a word of class c
// opens what an office heads, so that lower-case words may follow it:
// after a joining word ("des Affaires étrangères"), or right after the
// office in a language with complements ("секретарь Регионального
// союза").
func (ix *intl) complementAt(c wordClass) bool {
	return c == cPrep || (ix.lx.complement && (c == cRole || c == cMod))
}

// roleWithin reports whether an office comes within n words from toks[k]
// ("российский президент").
func (ix *intl) roleWithin(toks []token, k, n int) bool {
	for i := k; i < len(toks) && i < k+n && toks[i].word(); i++ {
		w, _ := ix.core(toks[i].lower)
		if ix.lx.isRole(w) {
			return true
		}
	}
	return false
}

// interpret makes a phrase of toks[lo:lo+len(cls)] (toks[j:lo] is a
// determiner or nothing). The name is the trailing run of capitalised
// words after the last office; all of them belong to the office when one
// or two follow a joining word ("ministro de Exteriores", "candidato de
// la Plataforma Unitaria"), the first of them when more do, or, in
// languages with complement, when three or more follow the office
// ("президент России Владимир Путин"). Everything before the name,
// honorifics aside, is the role. With no name, an office makes an unnamed
// speaker (pRole) named by the whole phrase without its determiner.
func (ix *intl) interpret(toks []token, j, lo int, cls []wordClass, definite bool) phrase {
	n := len(cls)
	for n > 0 && cls[n-1] == cHon {
		n--
	}
	if n == 0 {
		return phrase{}
	}
	hi := lo + n
	ns := n
	for ns > 0 && cls[ns-1] == cName {
		ns--
	}
	ns = ix.acronymLedName(toks, lo, ns, n) // "миссии СНГ Анатолий Кравцов" (fgr18_acronym.go)
	if ix.lx.complement && ns > 0 && n-ns <= 2 && ix.genitive(toks[lo+ns:hi]) {
		ns = n // "Председатель комитета Совета Федерации": what the office heads
	}
	if ix.lx.capNouns && ns > 0 && cls[ns-1] == cRole && n-ns >= 3 && hasAnySuffix(toks[lo+ns].lower, "iens", "lands", "reichs") {
		ns++ // "der Präsident Valmoriens Jan Olk": a country in the genitive
	}
	lastRole := -1
	for i := 0; i < ns; i++ {
		if cls[i] == cRole && !complementRole(cls, i, lastRole) { // fgr15_phrase.go
			lastRole = i
		}
	}
	switch {
	case ns > 0 && ns < n && cls[ns-1] == cPrep && n-ns <= 2:
		ns = n // "candidato de la Plataforma Unitaria": all of it is the office
	case ns > 0 && ns < n && cls[ns-1] == cPrep:
		ns++
	case ix.lx.complement && lastRole >= 0 && n-ns >= 3:
		// "президент России Владимир Путин", "Глава Центризбиркома Острии
		// Наталья Громова": the name is the last two words, or three with
		// a patronymic ("Владимир Владимирович Путин").
		keep := 2
		if isPatronymic(toks[hi-2].lower) {
			keep = 3
		}
		for keep < n-ns && !toks[hi-keep].cap && intlNameParticles[toks[hi-keep].lower] {
			keep++ // "Урсула фон дер Ляйен": the particles and the given name before them
		}
		ns = max(ns, n-keep)
	}
	text := span(ix.x.text, toks, j, hi)
	rs := 0
	for rs < ns && cls[rs] == cHon {
		rs++
	}
	role := ""
	if rs < ns {
		role = strings.TrimSpace(span(ix.x.text, toks, lo+rs, lo+ns))
	}
	if ns < n {
		name := span(ix.x.text, toks, lo+ns, hi)
		if w, el := ix.core(toks[lo+ns].lower); el || w != toks[lo+ns].lower {
			_, size := utf8.DecodeRuneInString(name[1:])
			name = name[1+size:] // "l’Élysée" is Élysée
		}
		return phrase{kind: pName, lo: j, hi: hi, name: name, role: role, titled: role != "", text: text}
	}
	if lastRole < 0 {
		return phrase{}
	}
	p := phrase{kind: pRole, lo: j, hi: hi, role: role, definite: definite, text: text}
	for i := rs; i < n; i++ {
		w, _ := ix.core(toks[lo+i].lower)
		switch {
		case i == lastRole:
			p.head = w
		case cls[i] == cMod || cls[i] == cName || cls[i] == cRole:
			p.mods = append(p.mods, w)
		}
	}
	p.commonMods = p.mods
	return p
}

// isPatronymic reports whether a Russian word is a patronymic
// (Владимирович, Сергеевна).
func isPatronymic(w string) bool {
	for _, s := range []string{"вич", "вна", "ична", "ьич"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// backward parses the longest speaker phrase that ends with toks[k].
func (ix *intl) backward(toks []token, k int) phrase {
	if k < 0 || !toks[k].word() {
		return phrase{}
	}
	for s := max(0, k-maxPhrase+1); s <= k; s++ {
		if s > 0 && toks[s-1].word() && ix.lx.stops[toks[s-1].lower] {
			continue // the object of a preposition: "Am Abend sagte Vogt"
		}
		if p := ix.forward(toks, s); p.ok() && p.hi == k+1 {
			return p
		}
	}
	return phrase{}
}

// nameParticleAt reports whether toks[k] is a lower-case particle inside
// a name ("da", "de", "van der", "фон дер"): one or two particles
// followed by a capitalised word that is not an abbreviation. In German,
// where every noun is capitalised, forward takes it only after a given
// name or "Van" ("Ursula von der Leyen", "Van der Bellen"; not "Sabine
// Berg von der Universität").
func (ix *intl) nameParticleAt(toks []token, k int) bool {
	if loneArticleParticle(toks, k) {
		return false // "den Rücktritt der Wahlkommission" (fgr15_phrase.go)
	}
	i := k
	for i < len(toks) && i < k+2 && ix.innerParticle(toks, i) {
		i++
	}
	if i == k || i >= len(toks) || !toks[i].word() || !toks[i].cap || ix.particleBody(toks, i) || ix.knownSurnameBefore(toks, k, i) {
		return false
	}
	w := ix.x.text[toks[i].start:toks[i].end]
	return strings.ToUpper(w) != w && !ix.lx.isRole(toks[i].lower)
}

// capParticleAt reports whether toks[k] is a capitalised article inside a
// French name ("Le" of "Marine Le Pen"), between a given name and a
// capitalised word: a sentence never puts an article there.
func (ix *intl) capParticleAt(toks []token, k int) bool {
	if ix.lx.code != "fr" || !toks[k].cap || !intlCapParticles[toks[k].lower] || k+1 >= len(toks) {
		return false
	}
	next := toks[k+1]
	return next.word() && next.cap && (!ix.lx.isRole(next.lower) || ix.capRoleSurname(toks, k+1)) && !ix.lx.notNames[next.lower]
}

// genitive reports whether the capitalised words ws after an office are
// what the office heads rather than a name, in Russian: each is an
// abbreviation (КНР, МИД) or ends as a genitive does (Совета, России),
// and one of them is an abbreviation or ends as names never do (России,
// Украины, Федерации; not Анна Зуева).
func (ix *intl) genitive(ws []token) bool {
	strong := false
	for _, t := range ws {
		w := ix.x.text[t.start:t.end]
		if strings.ToUpper(w) == w && len([]rune(w)) > 1 {
			strong = true
			continue
		}
		if ix.x.known(w) || !hasAnySuffix(t.lower, "ии", "ы", "а", "я", "ого", "ей") {
			return false
		}
		strong = strong || hasAnySuffix(t.lower, "ии", "ы")
	}
	return strong
}

func hasAnySuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// demonymAt reports whether toks[k], the first word of a French phrase
// after a definite article, is a capitalised demonym describing the
// person named by the two or more capitalised words after it ("le
// Sénégalais Abdoulaye Wade"): French capitalises nationality nouns, and
// a name takes no article.
func (ix *intl) demonymAt(toks []token, k int, first bool) bool {
	if ix.lx.code != "fr" || !first {
		return false
	}
	w, elided := ix.core(toks[k].lower)
	contracted, listed := false, false
	if k > 0 {
		contracted, listed = frDemonymHead(toks[k-1].lower, w) // "du Turc X" (intl_demonym.go)
	}
	if !elided && (k == 0 || !ix.lx.definite[toks[k-1].lower] && !contracted) {
		return false
	}
	if k+2 >= len(toks) || !toks[k+1].word() || !toks[k+1].cap || !toks[k+2].word() || !toks[k+2].cap {
		return false
	}
	return listed || hasAnySuffix(w, "ais", "aise", "ain", "aine", "an", "ane", "ien", "ienne", "ois", "oise", "è", "in", "ine", "ois", "éen", "éenne")
}
