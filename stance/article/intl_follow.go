package article

// Acts that follow another. A roundup tells who congratulated first and
// then who did the same, without repeating the verb: "Xi Jinping folgte
// wenige Stunden später", "Les autres chefs d'État … ont suivi", "Petro
// siguió su ejemplo", "Лукашенко последовал его примеру", "Fulano seguiu
// a mesma linha". A verb of followVerbs with nothing after it in its
// clause, or a word of followWords right after it (an example, a line, a
// word of time), is an act that copies the last act the article told
// within the two sentences before it: its remark shares that act's text,
// so it gets the same label. A follow verb with an object of its own
// ("siguió la jornada desde Caracas", "les violences qui ont suivi le
// scrutin") or a colon ("Pero siguió: …") is not one.

// followSpan is how many sentences back the act a follow verb copies may
// be.
const followSpan = 2

// lastAct is the last act added to the article, with its sentence.
type lastAct struct {
	rm   Remark
	sent int
}

// followAt reports whether toks[v] is a follow verb used alone: the end
// of its clause (a comma, a period, a semicolon, the sentence's end) or a
// word of followWords within the two words after it.
func (ix *intl) followAt(toks []token, v int) bool {
	if ix.didSo(toks, v) || ix.ruDidIt(toks, v) { // "это сделали A и B" (fgr15_didit.go)
		return true
	}
	if ix.doSameAt(toks, v) > 0 && !ix.negatedNear(toks, v) {
		return true // "hicieron lo propio", "a fait de même" (intl_dosame.go)
	}
	if ix.gr32LikewiseAt(toks, v) {
		return true // "Ebenso äußerte sich X", "Аналогичную позицию заняли …" (gr32_likewise.go)
	}
	if ix.alsoCalled(toks, v) && !ix.negatedNear(toks, v) {
		return true // "También llamaron el colombiano X" (intl_alsocalled13.go)
	}
	if !ix.lx.followVerbs[toks[v].lower] || ix.negatedNear(toks, v) {
		return false
	}
	if v+1 == len(toks) {
		return true
	}
	if t := toks[v+1]; t.is(",") || t.is(".") || t.is(";") || t.is("!") {
		return true
	}
	for k := v + 1; k < len(toks) && k <= v+3 && toks[k].word(); k++ {
		if ix.lx.followWords[toks[k].lower] {
			return true
		}
	}
	return false
}

// negatedNear reports whether a negation stands within the three words
// before toks[v] or right after it: who did not follow the example
// ("no siguió su ejemplo", "n'a pas suivi", "folgte nicht") did not do
// what the leader before did, often the opposite.
func (ix *intl) negatedNear(toks []token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3 && toks[k].word(); k-- {
		if ix.lx.negators[toks[k].lower] {
			return true
		}
	}
	return v+1 < len(toks) && toks[v+1].word() && ix.lx.negators[toks[v+1].lower]
}

// addFollow adds the act of p, a follow verb's subject, with the text of
// the last act when it is recent enough, and reports whether it did.
func (ix *intl) addFollow(p reportedPart) bool {
	if ix.last == nil || ix.x.sentNo-ix.last.sent > followSpan || p.spk == nil {
		return false
	}
	rm := ix.last.rm
	rm.Speaker, rm.Role, rm.Aliases = "", "", nil
	ix.x.add(rm, p.spk, false)
	return true
}

// maxIncluded is how many tokens a list after an including word may
// span.
const maxIncluded = 40

// includedList returns the people named after one of the language's
// including words between the comma toks[b] before a verb and an earlier
// comma, in the order of the text ("Les autres chefs d'État de la Cemac,
// dont le Congolais X, ont suivi", "Outros líderes, como A, presidente
// da Comissão, e B, presidente da Ucrânia, também felicitaram"): the
// people the sentence names of the group that acts. Each may have a
// description of their own between commas; the list must fill the span.
func (ix *intl) includedList(toks []token, b int) []phrase {
	if b < 3 || !toks[b].is(",") {
		return nil
	}
	for j := b - 1; j > 0 && j >= b-maxIncluded; j-- {
		if !toks[j].is(",") {
			continue
		}
		n := matchPhrase(toks, j+1, ix.lx.including)
		if n == 0 {
			continue
		}
		return ix.personList(toks, j+1+n, b)
	}
	return nil
}

// personList parses toks[k:b] as a list of people, each a person named in
// full with an optional description between commas, joined by commas and
// conjunctions; nil unless the list fills the span.
func (ix *intl) personList(toks []token, k, b int) []phrase {
	var out []phrase
	for k < b && len(out) < 8 {
		q := ix.apposed(toks, k)
		if !ix.isPerson(q) || q.hi > b {
			return nil
		}
		out = append(out, q)
		k = q.hi
		if k < b && toks[k].is(",") {
			if d := ix.forward(toks, k+1); d.kind == pRole && d.hi <= b && toks[d.hi].is(",") {
				k = d.hi // "A, presidente da Comissão Europeia, e B"
			} else if e := ix.placeEnd(toks, k+1, b); e > 0 {
				k = e // "A, de Israel, e B"
			} else if e := ix.lastDescriptionEnd(toks, k+1, b); e > 0 {
				k = e // "dont X, crédité de 2 %," (fgr17_listdesc.go)
			}
		}
		switch {
		case k == b:
			return out
		case toks[k].is(",") && k+1 < b && toks[k+1].word() && ix.lx.conjunctions[toks[k+1].lower]:
			k += 2
		case toks[k].is(","), toks[k].word() && ix.lx.conjunctions[toks[k].lower]:
			k++
		default:
			return nil
		}
	}
	return nil
}

// placeEnd returns the comma that ends a place in apposition starting at
// toks[i] ("de Israel,"), up to b, or 0.
func (ix *intl) placeEnd(toks []token, i, b int) int {
	for e := i + 2; e <= b && e <= i+4; e++ {
		if toks[e].is(",") && ix.placeAt(toks, i, e) {
			return e
		}
	}
	return 0
}

// followedBy returns the token after the agent word of a passive follow
// participle at toks[k], before end ("…, imitée peu après par Y", "…,
// bientôt suivi par Y", "…, seguido por Y", "…, gefolgt von Y"): the
// participle (followVerbs or followedVerbs), up to three words of time,
// and an agent word (agents). It returns k when there is none.
func (ix *intl) followedBy(toks []token, k, end int) int {
	p := k
	if !ix.followedAt(toks, p, end) {
		if p++; !ix.followedAt(toks, p, end) {
			return k
		}
	}
	for a := p + 1; a < end && a <= p+4 && toks[a].word(); a++ {
		if ix.lx.agents[toks[a].lower] {
			return a + 1
		}
	}
	return k
}

// negatedBetween reports whether a negator stands between the
// congratulation toks[noun] and the verb toks[v], the word before the
// noun included: congratulations that did not come are nobody's act
// ("Las felicitaciones no llegaron del presidente X", "Keine
// Gratulationen kamen von X").
func (ix *intl) negatedBetween(toks []token, noun, v int) bool {
	for k := max(0, noun-1); k < v; k++ {
		if toks[k].word() && ix.lx.negators[toks[k].lower] {
			return true
		}
	}
	return false
}

// followedAt reports whether toks[k], before end, is a follow participle.
func (ix *intl) followedAt(toks []token, k, end int) bool {
	return k < end && toks[k].word() && (ix.lx.followVerbs[toks[k].lower] || ix.lx.followedVerbs[toks[k].lower])
}

// congratulationsFrom reads a congratulation that comes from someone
// ("Gratulationen kamen auch von Österreichs Kanzler X", "Las
// felicitaciones llegaron también del presidente X", "Les félicitations
// sont venues du président X", "Поздравления поступили от президента X",
// "As felicitações vieram também do presidente X", and the verb first:
// "Chegaram felicitações do presidente X", "Пришли поздравления от X"):
// a verb of comeVerbs with a congratulation within three words of it
// and, within three words after both, a word of fromWords and a person
// named in full, who is the act's subject. It returns the person and
// where the act's text starts.
func (ix *intl) congratulationsFrom(toks []token, v int) (phrase, int, bool) {
	if !ix.lx.comeVerbs[toks[v].lower] {
		return phrase{}, -1, false
	}
	noun := ix.congratulationNear(toks, v)
	if noun < 0 || ix.negatedBetween(toks, min(noun, v), max(noun, v)) {
		return phrase{}, -1, false
	}
	for f := max(noun, v) + 1; f < len(toks) && f <= max(noun, v)+3 && toks[f].word(); f++ {
		if !ix.lx.fromWords[toks[f].lower] {
			continue
		}
		if p := ix.apposed(toks, f+1); ix.isPerson(p) {
			if ix.lx.code == "ru" {
				p = ix.nominative(p) // "от президента Игоря Волина"
			}
			return p, min(noun, v), true
		}
		return phrase{}, -1, false
	}
	return phrase{}, -1, false
}

// congratulationNear returns the congratulation noun within three words
// before the verb toks[v], or else within two words after it, or -1.
func (ix *intl) congratulationNear(toks []token, v int) int {
	for i := v - 1; i >= 0 && i >= v-3 && toks[i].word(); i-- {
		if ix.congratulation(toks[i].lower) {
			return i
		}
	}
	for i := v + 1; i < len(toks) && i <= v+2 && toks[i].word(); i++ {
		if ix.congratulation(toks[i].lower) {
			return i
		}
	}
	return -1
}

// includedAfter returns the first person named after an including word
// that follows a comma after the verb toks[v] of a group ("presidentes y
// primeros ministros la felicitaron por su triunfo, entre ellos, A y
// B"): the group acts through the people it includes, the first of whom
// is the verb's subject (those listed after share it).
func (ix *intl) includedAfter(toks []token, v int) phrase {
	for k := v + 1; k+1 < len(toks); k++ {
		if !toks[k].is(",") {
			continue
		}
		n := matchPhrase(toks, k+1, ix.lx.including)
		if n == 0 {
			continue
		}
		j := k + 1 + n
		if j < len(toks) && toks[j].is(",") {
			j++ // "entre ellos, A y B"
		}
		if q := ix.apposed(toks, j); ix.isPerson(q) {
			return q
		}
		return phrase{}
	}
	return phrase{}
}
