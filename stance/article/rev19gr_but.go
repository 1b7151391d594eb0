package article

// Narrowing gr19_but.go (review of session 19). After "но", "pero",
// "mais" a negation with a word of time and no verb of its own is the
// recognition's: "признает итоги, но не раньше решения суда",
// "поздравит победителя, но не сейчас", "felicitará al ganador, pero no
// todavía", "reconnaîtra le résultat, mais pas maintenant": the
// recognition is put off, and the window of negations goes on past
// "but".

// rev19ButLater reports whether the word of "but" words[k] is followed,
// after a negation, by a word of time (rev19LaterWords).
func rev19ButLater(l *langLexicon, words []string, k int) bool {
	j := k + 1
	if j < len(words) && (l.negators[words[j]] || words[j] == "pas") {
		j++
	} else {
		return false
	}
	return j < len(words) && rev19LaterWords[l.code][words[j]]
}
