package article

// A time or place between commas inside a sending clause ("il a adressé
// à son voisin, dès le 20 octobre, des félicitations …", "envió, el
// mismo lunes, un mensaje de felicitación"): sendsCongratulations looks
// for the congratulation past such an aside, where a comma otherwise ends
// its search.

// maxAside is how many words an aside between commas may have.
const maxAside = 5

// asideEnd returns the comma that closes an aside opening at the comma
// toks[i], or i when there is none: up to maxAside words, the first a
// preposition or a word of the language's stops or notNames, none a
// verb of speech or action, nor a conjunction or relative pronoun.
func (ix *intl) asideEnd(toks []token, i int) int {
	if i+2 >= len(toks) || !toks[i].is(",") || !toks[i+1].word() {
		return i
	}
	first := toks[i+1].lower
	if !ix.lx.stops[first] && !ix.lx.notNames[first] && !asideOpeners[first] || ix.lx.conjunctions[first] || ix.lx.subjectRelatives[first] || ix.lx.complementizers[first] {
		return i
	}
	for e := i + 2; e < len(toks) && e <= i+1+maxAside; e++ {
		t := toks[e]
		if t.is(",") {
			return e
		}
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] {
			return i
		}
	}
	return i
}
