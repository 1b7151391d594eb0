package article

// German speech through someone else: "X ließ über den Kreml ausrichten,
// er hoffe …", "X ließ durch seinen Sprecher mitteilen, …", "X ließ
// mitteilen, …". "ließ" is a speech verb and "ausrichten mitteilen
// verlauten" end the German particles (lexicon_de.go), so the infinitive
// alone between the verb and the comma leaves the clause after the comma
// to X (adverbialOnly); viaParticle lets the channel stand before it.

// viaParticle reports whether ws, the words between a speech verb and a
// comma, are a channel ("über den Kreml", "durch seinen Sprecher") and
// then a particle of the language: four words at most (adverbialOnly
// takes no more), no other verb.
func (ix *intl) viaParticle(ws []token) bool {
	n := len(ws)
	if ix.lx.code != "de" || n < 3 || n > 4 || !ws[0].word() || !deVia[ws[0].lower] || !ix.lx.particles[ws[n-1].lower] {
		return false
	}
	for _, t := range ws[1 : n-1] {
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.lx.particles[t.lower] {
			return false
		}
	}
	return true
}

// sourceAside reports whether ws, the words between a speech verb and a
// comma, are a source closed by a postposition ("der Agentur Interfax
// zufolge"): the clause after the comma is still the verb's.
func (ix *intl) sourceAside(ws []token) bool {
	n := len(ws)
	if ix.lx.code != "de" || n < 2 || !ws[n-1].word() || !deSourcePost[ws[n-1].lower] {
		return false
	}
	for _, t := range ws[:n-1] {
		if !t.word() || ix.lx.speechVerbs[t.lower] {
			return false
		}
	}
	return true
}
