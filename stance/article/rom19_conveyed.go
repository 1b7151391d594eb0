package article

import "strings"

// Congratulations conveyed on a leader's behalf: "Brasil, a través de un
// comunicado de Itamaraty, transmitió la felicitación del Gobierno de
// Luiz Inácio Lula da Silva", "o embaixador transmitiu os parabéns do
// presidente X", "l'ambassadeur a transmis les félicitations du président
// X". The subject is a country, a ministry or an envoy; whose
// congratulation it is the genitive says, and that person is the one who
// recognises. The reader gave the act to the country and never named the
// leader.
//
// conveyedFrom reads a sending verb (sendVerbs) with a congratulation
// (congratStems, not a message or a telegram: romConveyed) within two
// words after it, then right after the noun a word of fromWords ("del",
// "do", "du") and a person named in full, with an office before the name
// ("del presidente X") or past a government ("Gobierno de", "governo de", "gouvernement de":
// romGovernmentWords). It returns the person and where the act's text
// starts (the verb).
func (ix *intl) conveyedFrom(toks []token, v int) (phrase, bool) {
	if !ix.lx.sendVerbs[toks[v].lower] {
		return phrase{}, false
	}
	for n := v + 1; n < len(toks) && n <= v+3 && toks[n].word(); n++ {
		if !romConveyed(ix.lx.code, toks[n].lower) {
			continue
		}
		f := n + 1
		if f >= len(toks) || !toks[f].word() || !ix.lx.fromWords[toks[f].lower] {
			return phrase{}, false
		}
		j := f + 1
		if j+1 < len(toks) && romGovernmentWords[ix.lx.code][toks[j].lower] && ix.lx.fromWords[toks[j+1].lower] {
			j += 2 // "del Gobierno de X"
		}
		if j < len(toks) && (toks[j].cap || ix.lx.isRole(toks[j].lower)) {
			if p := ix.apposed(toks, j); ix.isPerson(p) && p.kind == pName {
				return p, true // "del presidente X": an office with the name
			}
		}
		return phrase{}, false
	}
	return phrase{}, false
}

// romConveyed reports whether w opens with one of the congratulation
// nouns proper of the language (romGiftNouns, with the French ones).
func romConveyed(code, w string) bool {
	return romGiftNoun(code, w) || code == "fr" && strings.HasPrefix(w, "félicit")
}
