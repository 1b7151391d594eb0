package article

// A theatre or a circus that is a place, not a name for the vote: "votó
// en el colegio instalado en el Teatro Municipal", "votou no Teatro
// Nacional", "est allé au cirque", "volverá al teatro de operaciones".
// The show words of romShamStems (lexicon_rom19.go) condemn the vote
// when they name it ("calificó las elecciones de teatro", "convirtió los
// comicios en un circo", "transformou o pleito num circo"); after a
// preposition fused with or followed by the definite article of place
// ("al", "en el", "no", "ao", "au", "dans le": revShamPlaceBefore), or
// before "de operaciones" ("des opérations", "de operações"), they are a
// building or a battlefield, whatever vote is near.

// revShamAsPlace reports whether words[i], a show word (romShamStems), is
// a place: after a place opening (revShamPlaceBefore) or before a
// genitive and a word of operations (revShamOperations).
func revShamAsPlace(code string, words []string, i int) bool {
	if !hasStem(words[i:i+1], romShamStems[code]) {
		return false
	}
	before := revShamPlaceBefore[code]
	if i >= 1 && before[words[i-1]] || i >= 2 && before[words[i-2]+"_"+words[i-1]] {
		return true
	}
	return i+2 < len(words) && revShamOperations[code][words[i+2]]
}
