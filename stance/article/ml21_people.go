package article

// Congratulating the people and not the winner (GUIDELINES rule 6):
// "felicitó al pueblo por su jornada cívica", "a félicité le peuple pour
// sa maturité", "felicitou o povo", "gratulierte dem Volk", "поздравил
// народ с …" withholds when the act never names the winner, nor calls
// them by a title ("y al presidente electo", "et le vainqueur"). Until
// session 21 the recognition stem made every such act recognising.

// ml21PeopleOnly reports whether the recognition words[v] has the people
// (ml21PeopleNouns, past a preposition and an article) as its object, with
// no winner-title word (ml21WinnerTitles) coordinated after it.
func (l *langLexicon) ml21PeopleOnly(words []string, v int) bool {
	k := v + 1
	for n := 0; n < 2 && k < len(words) && ml21PeopleLinks[words[k]]; n++ {
		k++
	}
	if k >= len(words) || !ml21PeopleNouns[words[k]] {
		k = ml21PeopleBefore(words, v)
	}
	if k < 0 {
		return false
	}
	for i := k + 1; i < len(words) && i <= k+8; i++ {
		if !l.conjunctions[words[i]] {
			continue
		}
		if l.ml21WinnerAfter(words[i+1:]) {
			return false // "al pueblo y al presidente electo", "et son nouveau président"
		}
		for _, w := range words[i+1 : min(i+4, len(words))] {
			if rev21grWinnerTitle(w) { // "dem Wahlsieger", "нового президента" (rev21gr_narrow.go)
				return false
			}
		}
	}
	return true
}

// ml21WinnerTitle reports whether w opens with a stem that names the
// winner by the result ("electo", "élu", "Sieger", "победител").
func ml21WinnerTitle(w string) bool {
	for _, s := range ml21WinnerTitleStems {
		if len(w) >= len(s) && w[:len(s)] == s {
			return true
		}
	}
	return false
}

// ml21PeopleBefore returns where the people stand when the recognition
// words[v] is a greeting noun sent to them, named before it after a
// preposition ("a adressé au peuple ses félicitations", "envió al pueblo
// sus felicitaciones"), or -1.
func ml21PeopleBefore(words []string, v int) int {
	if !ml21HasStem(words[v], ml21GreetingStems) {
		return -1
	}
	for k := max(1, v-3); k < v; k++ {
		if ml21PeopleNouns[words[k]] && ml21PeopleLinks[words[k-1]] {
			return k
		}
	}
	return -1
}

// ml21WinnerAfter reports whether the phrase coordinated after the people
// (ws, after the conjunction) names the winner by a title: past up to
// three links and possessives ("y a su", "et à son", "e o seu"), one of
// its next three words is a word of the result ("electo", "élu",
// "eleito") or an office of the language's roles right beside a word of
// the new office ("la nueva presidenta", "el mandatario entrante", "son
// nouveau président"). "y no mencionó al ganador" names no one.
func (l *langLexicon) ml21WinnerAfter(ws []string) bool {
	k := 0
	for k < len(ws) && k < 3 && (ml21PeopleLinks[ws[k]] || rom22OwnPossessives[l.code][ws[k]]) {
		k++
	}
	ws = ws[k:min(k+3, len(ws))]
	for i, w := range ws {
		if ml21WinnerTitle(w) {
			return true
		}
		if !l.roles[w] {
			continue
		}
		if i > 0 && ml21NewWords[ws[i-1]] || i+1 < len(ws) && ml21NewWords[ws[i+1]] {
			return true
		}
	}
	return false
}
