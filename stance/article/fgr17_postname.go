package article

import "strings"

// Russian names a subject after its verb without an office as well
// ("Одним из первых его поздравил Ким Ларсен", "Поздравил Алиева и Ивар
// Тамм"): subjectAfter took only a name with an office, since a bare
// name right after the verb is as likely its object ("поздравил Майю
// Санду"). A bare name is the subject when the verb's object is already
// there — an object pronoun right before the verb, or a phrase between
// the verb and the name — when the name ends the clause, and when its
// last word agrees with the past verb as a nominative does: after a
// masculine "-л" it does not end as an accusative or genitive ("-а",
// "-я", "-у", "-ю"), after a feminine "-ла" not as an accusative ("-у",
// "-ю"); and its first word does not end as an accusative ("-у", "-ю")
// either, whose surname may not decline ("Её поздравила Лену Даль": Лена
// Даль is the object).

// bareSubjectAfter returns the bare name that is the subject of the
// Russian verb toks[v], after an object, or no phrase.
func (ix *intl) bareSubjectAfter(toks []token, v int) phrase {
	if ix.lx.code != "ru" {
		return phrase{}
	}
	filled := v > 0 && toks[v-1].word() && ruObjectPronouns[toks[v-1].lower]
	for i := v + 1; i < len(toks) && i <= v+6 && toks[i].word(); i++ {
		if !toks[i].cap {
			continue
		}
		p := ix.forward(toks, i)
		if !p.ok() || p.hi <= i {
			continue
		}
		if (filled || i > v+1) && p.kind == pName && p.role == "" && strings.Contains(p.name, " ") && clauseEndsAt(toks, p.hi) && ruNominativeAgrees(toks[v].lower, toks[p.hi-1].lower) && !hasAnySuffix(toks[p.lo].lower, "у", "ю") {
			return p
		}
		i = p.hi - 1 // past the object
	}
	return phrase{}
}

// clauseEndsAt reports whether a clause ends at toks[k]: the sentence's
// end, or a comma, colon, semicolon or dash.
func clauseEndsAt(toks []token, k int) bool {
	return k >= len(toks) || toks[k].isTerm() || toks[k].is(",") || toks[k].is(":") || toks[k].is(";") || isDash(toks[k])
}

// ruNominativeAgrees reports whether the name ending with word w can be
// the nominative subject of the past verb verb.
func ruNominativeAgrees(verb, w string) bool {
	switch {
	case strings.HasSuffix(verb, "ла"):
		return !strings.HasSuffix(w, "у") && !strings.HasSuffix(w, "ю")
	case strings.HasSuffix(verb, "л"):
		for _, e := range []string{"а", "я", "у", "ю"} {
			if strings.HasSuffix(w, e) {
				return false
			}
		}
		return true
	}
	return false
}
