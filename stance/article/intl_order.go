package article

import "strings"

// Word order and congratulations sent, in the languages of lexicons.
//
// Russian puts the subject after its verb as often as before it, and a
// roundup lists the senders after the verb and its object: "Одним из
// первых поздравил Байдена президент Украины Владимир Зеленский",
// "Поздравления также направили президент Казахстана … и премьер-министр
// Армении …". After a verb with no subject before it, the subject is the
// first person named in full within five words (an office with a name, a
// name of two words or one the article has named), and the people listed
// after it with commas and "и" share the verb.
//
// A congratulation is often sent rather than made: "направил … поздравительную
// телеграмму", "envió un mensaje de felicitación", "schickten
// Glückwünsche". A sending verb is a stance verb when a congratulation
// noun stands within a few words of it in its clause.

// isPerson reports whether p names a person in full: a name with an
// office, a name of several words, or one the article has named.
func (ix *intl) isPerson(p phrase) bool {
	return p.kind == pName && (p.role != "" || strings.Contains(p.name, " ") || ix.x.known(p.name))
}

// subjectAfter finds the subject after the verb toks[v] in a language of
// free word order: the first person named with an office that starts
// within five words of the verb, so that an object before it
// ("поздравил Байдена президент …") is skipped. A name without an office
// after the verb is as likely its object ("поздравил Майю Санду").
func (ix *intl) subjectAfter(toks []token, v int) phrase {
	for i := v + 1; i < len(toks) && i <= v+5 && toks[i].word(); i++ {
		if w, _ := ix.core(toks[i].lower); ix.lx.isRole(w) {
			if p := ix.apposed(toks, i); ix.isPerson(p) && p.role != "" {
				return p
			}
		}
	}
	return ix.bareSubjectAfter(toks, v) // "его поздравил Ким Ларсен" (fgr17_postname.go)
}

// coordinatedAfter returns the people listed after the subject p of a
// verb that precedes its subjects ("…, премьер-министр Индии Нарендра
// Моди и президент Белоруссии Александр Лукашенко"), in the order of the
// text.
func (ix *intl) coordinatedAfter(toks []token, p phrase) []phrase {
	var out []phrase
	// "felicitações do A, do B e do C": a list whose first person follows
	// a from-word may repeat it after a comma
	fromList := p.lo > 0 && toks[p.lo-1].word() && ix.lx.fromWords[toks[p.lo-1].lower]
	if l := ix.gr32BareList(toks, p.lo); len(l) > 1 && l[0].hi == p.hi {
		return l[1:] // "schickten auch A, B und C" (gr32_barelist.go)
	}
	for k := p.hi; k+1 < len(toks) && len(out) < 8; {
		k = ix.relativeAside(toks, k, fromList) // "do X, que falou …, do Y" (intl_fromlist.go)
		j := k + 1
		switch {
		case toks[k].is(",") && toks[j].word() && ix.lx.conjunctions[toks[j].lower]:
			j++
		case toks[k].is(","), toks[k].word() && ix.lx.conjunctions[toks[k].lower]:
		default:
			return out
		}
		if j+1 < len(toks) && toks[j].word() && ix.lx.fromWords[toks[j].lower] && (fromList || toks[j-1].word() && ix.lx.conjunctions[toks[j-1].lower]) {
			j++ // "… del presidente X y de la canciller Y"
		}
		q := ix.apposed(toks, j)
		if !ix.isPerson(q) {
			q = ix.rom32OfficeItem(toks, j) // "…, A, y el de Chile, B" (rom32_listoffice.go)
		}
		if !ix.isPerson(q) {
			if e := ix.ml31ItemEnd(toks, j); e > j {
				k = e // "von A, den Spitzen der Partei in X, dem Y B": no person, stepped over (ml31_listitem.go)
				continue
			}
			return out
		}
		if fromList && ix.lx.code == "ru" {
			q = ix.nominative(q) // "от президента X и от премьера Y"
		}
		out = append(out, q)
		k = q.hi
	}
	return out
}

// sendsCongratulations reports whether toks[v] is a sending verb with a
// congratulation noun within three words before it or eight after it in
// its clause ("telefoneó a la presidenta electa para darle la
// enhorabuena"), and returns where that noun is.
func (ix *intl) sendsCongratulations(toks []token, v int) (int, bool) {
	if w := ix.calledWinner(toks, v); w > 0 {
		return w, true // "telefonou ao vencedor"
	}
	if g, ok := ix.givesCongratulations(toks, v); ok {
		return g, true // "le dio la enhorabuena", "deu os parabéns" (rom19_give.go)
	}
	if !ix.lx.sendVerbs[toks[v].lower] {
		return -1, false
	}
	for i := v - 1; i >= 0 && i >= v-3 && toks[i].word(); i-- {
		if ix.congratulation(toks[i].lower) {
			return i, true
		}
	}
	for i := v + 1; i < len(toks) && i <= v+16 && (toks[i].word() || toks[i].kind == tQuote || toks[i].is(",")); i++ {
		if e := ix.asideEnd(toks, i); e > i {
			i = e // "à son voisin, dès le 20 octobre, des félicitations" (intl_aside.go)
		} else if toks[i].is(",") && !ix.purposeAt(toks, i+1) {
			break // past a comma, only a purpose clause ("…, um ihm zu gratulieren")
		}
		if toks[i].kind == tQuote && ix.quotedCongratulation(toks[i]) || toks[i].word() && ix.congratulation(toks[i].lower) {
			return i, true
		}
		if ix.purposeAt(toks, i) && ix.recognitionAfter(toks, i+1) {
			return i, true // "la telefoneó para reconocer su victoria"
		}
	}
	return -1, false
}

// recognitionAfter reports whether a recognition (the language's
// recognitionStems) comes within three words from toks[i], past object
// pronouns and "zu" ("para reconocer", "pour le féliciter", "um ihm zu
// gratulieren", "чтобы признать").
func (ix *intl) recognitionAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+3 && toks[k].word(); k++ {
		if ix.lx.recognition(toks[k].lower) {
			return true
		}
	}
	return false
}

// purposeAt reports whether a purpose clause opens at toks[i] ("um ihm zu
// gratulieren", "para felicitarlo", "pour le féliciter", "чтобы
// поздравить"): a call or a message made to congratulate.
func (ix *intl) purposeAt(toks []token, i int) bool {
	return i < len(toks) && toks[i].word() && ix.lx.purposes[toks[i].lower]
}

// quotedCongratulation reports whether the short quotation t has a
// congratulation word ("a adressé ses « chaleureuses félicitations »").
func (ix *intl) quotedCongratulation(t token) bool {
	q := ix.x.quotes[t.q]
	if q.words > 4 {
		return false
	}
	for _, w := range actionWords(ix.x.text[q.cstart:q.cend]) {
		if ix.congratulation(w) {
			return true
		}
	}
	return false
}

// congratulation reports whether w opens with one of the language's
// congratulation stems ("поздрав", "felicita", "glückw").
func (ix *intl) congratulation(w string) bool {
	for _, s := range ix.lx.congratStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// openingSubject returns the person who opens the sentence of the verb
// toks[v] when the words right before the verb do not name its subject:
// after a description between commas ("Стояногло, которого поддерживала
// Партия социалистов, признал …", "Michael Kozak, el alto funcionario …,
// dijo …") or a conjunction joining a second verb to the first ("Su
// secretario general, Luis Almagro, pidió … y dijo que …", "…, mais a
// fait savoir que …"). A short
// adverbial before the person is skipped ("Desde Bogotá, …"). The person
// must be named in full or known, and be followed by a comma or a word.
func (ix *intl) openingSubject(toks []token, v int) phrase {
	b := v - 1
	for b >= 0 && toks[b].word() && (ix.lx.preverbs[toks[b].lower] || ix.lx.auxiliaries[toks[b].lower] || ix.lx.clitics[toks[b].lower]) {
		b--
	}
	if b < 1 || !(toks[b].is(",") || toks[b].word() && (ix.lx.conjunctions[toks[b].lower] || ix.side().buts[toks[b].lower])) {
		return phrase{}
	}
	s := b
	for s >= 0 && !toks[s].isTerm() && !toks[s].is(";") && (toks[s].kind != tQuote || ix.scare(toks, s) || ix.embeddedQuote(toks, s)) {
		s-- // past a scare quote: "pidió “prudencia” y dijo que …"; past a quoted complement (ib18_quotedclause.go)
	}
	s++
	if c := colonAfter(toks, s, b); c > 0 {
		if p := ix.openingFrom(toks, c, b); p.ok() {
			return p // "O gesto foi criticado: a coordenadora …, X, considerou-o … e defendeu que"
		}
	}
	if c := ix.subordinatorAfter(toks, s, b); c > 0 {
		if p := ix.openingFrom(toks, c, b); p.ok() {
			return p // "…, em julho, quando o presidente …, X, terceiro …, anunciou que" (ibero15_clause.go)
		}
	}
	return ix.openingFrom(toks, s, b)
}

// colonAfter returns the index after the last colon in toks[s:b], or 0:
// a clause after a colon has a subject of its own.
func colonAfter(toks []token, s, b int) int {
	for c := b - 1; c >= s; c-- {
		if toks[c].is(":") {
			return c + 1
		}
	}
	return 0
}

// openingFrom returns the person who opens toks[s:b] (see
// openingSubject), past up to one short adverbial ending with a comma.
func (ix *intl) openingFrom(toks []token, s, b int) phrase {
	s = ix.pastParticiple(toks, s, b)
	s = ix.attributeOpening(toks, s, b) // "Der in London lebende Milliardär X, der …, nennt" (intl_attribute.go)
	if s+1 < b && ix.frontedAt(toks, s) {
		s++ // "Вчера X, лидер …, заявил", "Também X, …, disse"
	}
	for tries := 0; tries < maxOpeningAdverbials && s < b; tries++ { // ibero17_emphatic.go
		p := ix.apposed(toks, s)
		if (ix.isPerson(p) || ix.namedPost(p) || ix.referringOffice(toks, p) || ix.loneSurname(p) && !obliqueSurname(toks, p)) && p.hi < b && (toks[p.hi].is(",") || toks[p.hi].word()) && !ix.newSubject(toks, p.hi, b) && !ix.frontedFrom(toks, p) { // "Da Guiné-Bissau, X …" (intl_frontedfrom13.go)
			return p
		}
		j := s
		for j < b && j < s+5 && !toks[j].is(",") {
			j++
		}
		if j < b && !toks[j].is(",") {
			j = ix.longAdverbialEnd(toks, s, b) // "Desde el oficialista Partido X (PX), …" (intl_description12.go)
		}
		if j >= b || !toks[j].is(",") {
			break
		}
		s = j + 1
	}
	return phrase{}
}

// newSubject reports whether toks[lo:hi] has a conjunction that opens a
// new subject (a determiner and an office or a name, or a capitalised
// word, after it: "…, et le ministre angolais …, Georges Chikoti, a
// déclaré"), so that the person opening the sentence is not the subject
// of the verb at hi. A determiner and a common noun ("X, présidente de
// l'Union pour le changement et le progrès, a parlé …") go on with an
// apposition's complement.
func (ix *intl) newSubject(toks []token, lo, hi int) bool {
	for i := lo; i+1 < hi; i++ {
		if toks[i].word() && (ix.lx.conjunctions[toks[i].lower] || ix.butOpensClause(toks, i)) && toks[i+1].word() && (ix.lx.determiners[toks[i+1].lower] && ix.personAfter(toks, i+2) || toks[i+1].cap) {
			return true
		}
	}
	return false
}

// personAfter reports whether toks[k], or the word after it (past an
// adjective: "le nouveau ministre"), opens an office or a name (see
// newSubject).
func (ix *intl) personAfter(toks []token, k int) bool {
	for i := k; i < len(toks) && i <= k+1 && toks[i].word(); i++ {
		if w, _ := ix.core(toks[i].lower); toks[i].cap || ix.lx.isRole(w) {
			return true
		}
	}
	return false
}

// amongList reads a roundup's list of those who recognised a result:
// "Entre los primeros en saludar al ganador estuvieron A, B y C",
// "Среди тех, кто поздравил X, — A, B и C", "Parmi les premiers à
// féliciter X figuraient A et B". The sentence opens with an "among"
// word, a recognition word follows within ten words, and after a verb of
// being (or, in Russian, a dash) comes a list of people named in full.
// Each is an act whose text runs from the "among" word to the verb.
func (ix *intl) amongList(toks []token) []reportedPart {
	open := ix.rec25mlAmongStart(toks) // "Zu den Gratulanten zählten" (rec25ml_among.go)
	if len(toks) < 6 || open == 0 {
		return nil
	}
	rec := -1
	for i := open; i < len(toks) && i <= 10; i++ {
		if toks[i].word() && ix.lx.recognition(toks[i].lower) {
			rec = i
			break
		}
	}
	if rec < 0 || !ix.rev26rmlPlainOpener(toks, open, rec) { // "Zu den Kritikern der Glückwünsche" (rev26rml_narrow.go)
		return nil
	}
	k := rec + 1
	for k < len(toks) && k < rec+15 && !ix.rec25mlAmongVerb(toks, k) && !isDash(toks[k]) {
		k++
	}
	if k >= len(toks) || k >= rec+15 {
		return nil
	}
	end := k
	for end > 0 && toks[end-1].kind == tPunct {
		end--
	}
	var parts []reportedPart
	if bare := ix.gr32BareList(toks, rec25mlListSkip(toks, ix.rec22mlAmongSkip(toks, k+1))); len(bare) > 0 {
		for _, q := range bare {
			parts = append(parts, reportedPart{spk: ix.resolve(q), kind: Action, cs: 0, lo: 0, fixed: end}) // "были Франция, Германия и Китай" (gr32_barelist.go)
		}
		return parts
	}
	for j := rec25mlListSkip(toks, ix.rec22mlAmongSkip(toks, k+1)); j < len(toks) && len(parts) < 12; { // "были также A, B и C" (rec22ml_among.go)
		q := ix.apposed(toks, j)
		if !ix.isPerson(q) {
			q = ix.rom32OfficeItem(toks, j) // "los presidentes de Colombia, A, y de Chile, B" (rom32_listoffice.go)
		}
		if !ix.isPerson(q) {
			break
		}
		parts = append(parts, reportedPart{spk: ix.resolve(q), kind: Action, cs: 0, lo: 0, fixed: end})
		j = ix.rec25mlDashAside(toks, q.hi) // "X – trotz … – und Y"
		if j < len(toks) && toks[j].is(",") {
			j++
		}
		if j < len(toks) && toks[j].word() && ix.lx.conjunctions[toks[j].lower] {
			j++
		}
	}
	return parts
}

// nominativeAfter returns, in a language of free word order, the person
// named with an office in the nominative (the office word as the role
// list has it, not inflected) within five words after the verb toks[v]:
// the verb's subject, so that a bare name before the verb is its object
// ("Также Владимира Путина поздравил президент Казахстана X", "Майю Санду
// поздравил президент Украины X").
func (ix *intl) nominativeAfter(toks []token, v int) phrase {
	if p := ix.rev27rmlSubjectAfterContrast(toks, v); p.ok() {
		return p // "Vogt hingegen gratulierte der Kanzler X" (rev27rml_contrast.go)
	}
	if !ix.lx.freeOrder || !ix.lx.actionVerbs[toks[v].lower] && !ix.lx.sendVerbs[toks[v].lower] {
		return phrase{}
	}
	for i := v + 1; i < len(toks) && i <= v+5 && toks[i].word(); i++ {
		if ix.lx.roles[toks[i].lower] {
			if p := ix.apposed(toks, i); ix.isPerson(p) && p.role != "" {
				return p
			}
			return phrase{}
		}
	}
	return phrase{}
}
