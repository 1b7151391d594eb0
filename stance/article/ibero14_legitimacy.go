package article

// Legitimacy denied with the noun, in Spanish and Portuguese: "perdeu com
// isso qualquer legitimidade", "carece de legitimidad", "una elección
// sin legitimidad", "um Governo sem legitimidade". condemnsIn reads the
// condemning adjectives ("ilegítima", "fraudulenta"); the noun of
// legitimacy is a word of recognition to the model, which read "Kask
// arrancou a vitória pela força e perdeu com isso qualquer legitimidade"
// as recognising. A legitimacy noun with a word of privation
// (legitimacyPrivatives, lexicon_ibero14.go) within legitimacySpan words
// before it condemns as such an adjective does, unless a negation stands
// within two words before the privation ("no carece de legitimidad",
// "não perdeu a legitimidade"), a restricting word follows it ("sin
// duda, la legitimidad …"), or a plain verb of saying before it gives it
// to another ("la oposición dice que el Gobierno carece de
// legitimidad"), as for the adjectives.

// legitimacySpan is how far before the noun the privation may stand.
const legitimacySpan = 4

// deniesLegitimacy reports whether text in the language code denies the
// legitimacy of what it speaks of (see above).
func deniesLegitimacy(code, text string) bool {
	priv, lx := legitimacyPrivatives[code], lexicons[code]
	if priv == nil || lx == nil {
		return false
	}
	return anyClauseWord(text, func(words []string, i int) bool {
		if !hasAnyPrefix(words[i], legitimacyNouns) || hasStem(words, legitimacyOffDomains[code]) {
			return false // "el árbitro perdió toda legitimidad en el partido" (found probing)
		}
		for p := i - 1; p >= 0 && p >= i-legitimacySpan; p-- {
			if !priv[words[p]] {
				continue
			}
			for _, w := range words[p+1 : i] {
				if legitimacyRestricts[w] {
					return false // "sin duda, la legitimidad …"
				}
			}
			for n := max(0, p-2); n < p; n++ {
				if lx.negators[words[n]] {
					return false // "no carece de legitimidad"
				}
			}
			return !saidBefore(words[max(0, p-condemnSpan):p], processWords[code].sayings) // "a oposição diz que o Governo carece de legitimidade": another's
		}
		return false
	})
}
