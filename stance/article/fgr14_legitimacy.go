package article

// A result stripped of legitimacy: "Санду … окончательно лишилась
// легитимности", "le président a perdu toute légitimité", "X sprach dem
// Ergebnis jede Legitimität ab" / "hat … die Legitimität verloren". The
// condemnation lists hold the adjective ("нелегитимный", "illégitime"),
// not the noun with a verb of depriving or losing, which the models read
// by its other words (a Russian remark so told came out recognising).

// legitimacyLost reports whether a clause of text in the language code
// holds a word of legitimacy (fgrLegitimacy) with a word of depriving or
// losing (fgrDeprive) within three words before it, or in German after it
// ("die Legitimität abgesprochen"), and no negator in the three words
// before that word.
func legitimacyLost(code, text string) bool {
	stems, deprive, lx := fgrLegitimacy[code], fgrDeprive[code], lexicons[code]
	if len(stems) == 0 || lx == nil {
		return false
	}
	return anyClauseWord(text, func(words []string, i int) bool {
		if !hasStem(words[i:i+1], stems) || offDomainIn(words, fgrOffDomains[code]) {
			return false // "l'arbitre a perdu toute légitimité" (found probing)
		}
		lo, hi := max(0, i-3), i
		if code == "de" {
			hi = min(len(words), i+4)
		}
		for d := lo; d < hi; d++ {
			if d < i && words[d] == "ab" {
				continue // "lehnte ab, die Legitimität … anzuzweifeln": another verb's particle
			}
			if d != i && hasStem(words[d:d+1], deprive) {
				return !negatedNear(words, d, lx.negators)
			}
		}
		return false
	})
}

// negatedNear reports whether a negator stands in the three words before
// words[d].
func negatedNear(words []string, d int, negators map[string]bool) bool {
	for _, w := range words[max(0, d-3):d] {
		if negators[w] {
			return true
		}
	}
	return false
}

// afterContrast returns the words of before after its last conjunction
// of correction (fgrContrast): in "не победа, а подлог", "pas une
// victoire, mais une fraude", "kein Sieg, sondern Betrug" the negation is
// of the first noun, and the condemnation after the conjunction stands.
func afterContrast(code string, before []string) []string {
	for k := len(before) - 1; k >= 0; k-- {
		if fgrContrast[code][before[k]] {
			return before[k+1:]
		}
	}
	return before
}

// massViolations reports whether a clause of text in the language code
// alleges violations on a mass scale: a word of mass (fgrMass) next to a
// word of violation or irregularity (fgrViolations), either order
// ("говорила о массовых нарушениях", "des irrégularités massives",
// "massive Unregelmäßigkeiten"). Violations alone may be minor and
// leave the result standing; on a mass scale they are the accusation
// that rejects it. A negator in the three words before or after it, or
// a word of "without" before it, is a denial ("массовых нарушений не
// выявлено", "без массовых нарушений", "keine massiven Verstöße").
func massViolations(code, text string) bool {
	mass, viol, lx := fgrMass[code], fgrViolations[code], lexicons[code]
	if len(mass) == 0 || lx == nil {
		return false
	}
	return anyClauseWord(text, func(words []string, i int) bool {
		if !hasStem(words[i:i+1], viol) || negatedNear(words, i, lx.negators) || negatedNear(words, min(len(words), i+4), lx.negators) || negatedNear(words, i, fgrWithout[code]) {
			return false // "массовых нарушений не выявлено", "sans fraude massive"
		}
		near := words[max(0, i-1):min(len(words), i+2)]
		return hasStem(near, mass) && !otherDomainAfter(code, words, i)
	})
}

// otherDomainAfter reports whether the words after the violation at i name
// another domain (fgrOtherDomains) and not the vote (fgrVoteObjects): "des
// violations massives des droits de l'homme", "массовых нарушениях прав
// человека", "irrégularités massives dans la gestion du budget" accuse no
// count. Found probing the rule.
func otherDomainAfter(code string, words []string, i int) bool {
	after := words[i+1 : min(len(words), i+6)]
	return !hasStem(after, fgrVoteObjects[code]) && hasStem(after, fgrOtherDomains[code])
}

// offDomainIn reports whether a word of words, its elided article dropped
// ("l'arbitre"), opens with one of stems.
func offDomainIn(words, stems []string) bool {
	for _, w := range words {
		if hasStem([]string{unelided(w)}, stems) {
			return true
		}
	}
	return false
}
