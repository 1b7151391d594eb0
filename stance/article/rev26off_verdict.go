package article

import "strings"

// A bystander or a public servant (offTopicSpeakers, intl_commentator.go;
// off25_service.go) who speaks of the result without a word of the
// election — "Nos robaron el país", "Elle a gagné honnêtement", „Die haben
// uns betrogen“, «Эти цифры нарисовали в кабинетах», "lo que decidió el
// país" — is on the result: a word of theft, cheating, winning or the
// country's choice (rev26offVerdictStems) is a verdict on the vote.

// rev26offVerdict reports whether a word of words opens with one of the
// verdict stems of the language code.
func rev26offVerdict(code string, words []string) bool {
	for _, w := range words {
		w = unelided(w)
		for _, s := range rev26offVerdictStems[code] {
			if strings.HasPrefix(w, s) {
				return true
			}
		}
	}
	return false
}

// rev26offSettles reports whether text, an on-topic remark of a speaker
// quoted mostly on other things (off25WeakAsidesIn), has a word of the
// election in the language of lx (topical: "Esperaremos a que se
// pronuncie el tribunal", "Подождём итогов") or, in English (lx nil), of
// the court or the count that will settle the result (courtWords,
// courtNouns, verifyWords: "The Supreme Court must have the last word",
// "Let the judges decide", "We will wait for the recount"): a hedge on
// the result, however weakly the model reads it.
func rev26offSettles(lx *langLexicon, text string) bool {
	words := actionWords(text)
	if lx != nil {
		return lx.topical(words)
	}
	for _, w := range words {
		if courtWords[w] || courtNouns[w] || verifyWords[w] {
			return true
		}
	}
	return false
}

// rev26offGoverning reports whether w, a German compound of an
// administration, names one that governs a territory rather than serves
// a building or a town's public (rev26offGoverningParts: a transitional,
// military, civil or UN administration — "UN-Übergangsverwaltung",
// "Militärverwaltung", "Zivilverwaltung"): its spokesman on "the new
// leadership" speaks of the handover of power, so off25ServiceWord does
// not read it as a service.
func rev26offGoverning(w string) bool {
	if !strings.HasSuffix(w, "verwaltung") {
		return false
	}
	parts := strings.Split(w, "-")
	for _, p := range parts[:len(parts)-1] {
		if p == "un" || p == "uno" { // "UN-Übergangsverwaltung"
			return true
		}
	}
	return hasAnyPrefix(parts[len(parts)-1], rev26offGoverningParts)
}
