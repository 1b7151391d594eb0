package article

import "strings"

// Narrowings of lab29gr's rules (lab29gr_preposition.go,
// lab29gr_compound.go), found by probes.

// rev29grPastPartner: once a Russian preposition opens no speaker phrase,
// the longest phrase before a verb may start with the partner of the
// preposition and run on into the subject: "После разговора с Анной Лунд
// Олег Рябов заявил", "На встрече с Мирой Сендал посол Виктор Белов
// сказал". That phrase follows the preposition and is no subject
// (afterObjectPrep), so the sentence lost its speaker. The subject is the
// rest of it: the first tail from the second word on that is a given
// name and a surname ("Олег Рябов") or opens with an office ("посол
// Виктор Белов"), leaving at least one word to the partner. A lone
// surname is no subject, nor a name that opens in the instrumental case:
// "с Джоном Фицджеральдом Кеннеди утверждал" is the partner's name to its
// end. p is the phrase that subjectEnding found ending at toks[b].
func (ix *intl) rev29grPastPartner(toks []token, p phrase, b int) phrase {
	if !p.ok() || ix.lx.code != "ru" || !ix.afterObjectPrep(toks, p.lo) {
		return p
	}
	for s := p.lo + 1; s <= b; s++ {
		q := ix.forward(toks, s)
		if q.ok() && q.hi == b+1 && q.kind == pName && (q.role == "" && strings.Count(q.name, " ") == 1 && !gr19HasEnding(toks[s].lower, rev29grInstrumental) || q.role != "" && ix.lx.isRole(toks[s].lower)) {
			return q
		}
	}
	return p
}

// rev29grCompoundFits reports whether the German compound description p
// (head, "cdu-politikerin", "europapolitiker") may refer back to s, the
// person ref22LastNamed found. It may not when
//   - it is plural: "die" before a masculine head ("Die CDU-Politiker im
//     Landtag nannten die Wahl eine Farce" are many, not the chancellor
//     named before);
//   - its gender is not that of s's office: "Die CDU-Politikerin" after
//     "Außenminister Jan Holm", "Der Grünen-Politiker" after
//     "Umweltministerin Hanna Roth" (an office ending in "-e", as
//     "Vorsitzende", says nothing);
//   - the sentence that named s named another person after them: in
//     "Kanzlerin Eva Brandt traf SPD-Chef Jan Holm. Der SPD-Politiker
//     sagte …" the party compound is as likely the second.
func (ix *intl) rev29grCompoundFits(p phrase, head string, s *speaker) bool {
	fem := strings.HasSuffix(head, "in")
	if !fem && strings.HasPrefix(strings.ToLower(p.text), "die ") {
		return false
	}
	if f := rev29grRoleFeminine(s.role); f != 0 && (f > 0) != fem {
		return false
	}
	return !ix.rev29grOtherNamed(p, s)
}

// rev29grOtherNamed reports whether the sentence that named s last named
// a second person with an office after them, before p: "SPD-Chef Jan
// Holm" in "Kanzlerin Eva Brandt traf SPD-Chef Jan Holm." A second name
// without an office may be no person at all ("Georgiens Weg").
func (ix *intl) rev29grOtherNamed(p phrase, s *speaker) bool {
	o := ix.laterNamed
	if o == nil || ix.laterNamedSent != ix.lastNamedSent || o.canon() == s || o.canon().role == "" {
		return false
	}
	return ix.laterNamedSent != ix.x.sentNo || ix.laterNamedLo < p.lo
}

// rev29grRoleFeminine says whether a German office is feminine (+1:
// "Bundeskanzlerin"), masculine (-1: "Außenminister") or either (0: no
// office, or an adjective noun as "Vorsitzende", "Vize").
func rev29grRoleFeminine(role string) int {
	f := strings.Fields(strings.ToLower(role))
	if len(f) == 0 {
		return 0
	}
	w := f[len(f)-1]
	switch {
	case strings.HasSuffix(w, "in"):
		return 1
	case strings.HasSuffix(w, "e"):
		return 0
	}
	return -1
}
