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
	if !ix.lx.followVerbs[toks[v].lower] {
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

// includedSubject returns the person named after one of the language's
// including words between the comma toks[b] before a verb and the comma
// before it ("Les autres chefs d'État de la Cemac, dont le Congolais X,
// ont suivi"): the person the sentence names of the group that acts.
func (ix *intl) includedSubject(toks []token, b int) phrase {
	if b < 3 || !toks[b].is(",") {
		return phrase{}
	}
	for j := b - 1; j > 0 && j >= b-10; j-- {
		if !toks[j].is(",") {
			continue
		}
		n := matchPhrase(toks, j+1, ix.lx.including)
		if n == 0 {
			return phrase{}
		}
		if q := ix.forward(toks, j+1+n); q.hi == b && ix.isPerson(q) {
			return q
		}
		return phrase{}
	}
	return phrase{}
}
