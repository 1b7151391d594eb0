package article

// The vote dismissed as something is rejected: "tat die Abstimmung als
// wertlos ab", "hat die positive Bewertung der Wahl als Schönfärberei
// abgetan" (abtun, to dismiss). The verb is scorn whatever the word
// after "als", so the called rule's words of scorn (lab24ml_called.go)
// need not name it; the models read the plain words around it and gave
// such acts a weak label. The object, between the verb (or six words
// before "als" for the participle) and "als", must name the vote
// (fgrVoteObjects) or a judgement of it (lab30mlDeAssessments), and no
// charge or worry about it (fgrDeSeparableObjects' charges,
// lab30mlDeWorries): "tat die Vorwürfe der Opposition als haltlos ab"
// defends the result instead.

// lab30mlDismissSpan is how far the verb, or the participle's object, may
// stand from "als", and the particle or participle after it.
const lab30mlDismissSpan = 6

// lab30mlDismissed reports whether words (of a German run) dismiss the
// vote or a judgement of it (see above).
func lab30mlDismissed(code string, words []string) bool {
	if code != "de" {
		return false
	}
	for a, w := range words {
		if w != "als" {
			continue
		}
		lo := max(0, a-lab30mlDismissSpan)
		for k := a - 1; k >= lo; k-- {
			if lab30mlDeDismissals[words[k]] != "" {
				lo = k + 1 // "tat … als wertlos ab": the object after the verb
				break
			}
		}
		if !lab30mlDismissClosed(words, a, lo) {
			continue
		}
		obj := words[lo:a]
		if (hasStem(obj, fgrVoteObjects["de"]) || hasStem(obj, lab30mlDeAssessments)) &&
			!rev30lmlHasPart(obj, lab30mlDeWorries) {
			return true
		}
	}
	return false
}

// lab30mlDismissClosed reports whether the dismissal around "als" at
// words[a] is closed: the particle "ab" after it when a verb of
// dismissing stands before it (lo > 0 and words[lo-1] one), else the
// participle "abgetan" after it.
func lab30mlDismissClosed(words []string, a, lo int) bool {
	want := "abgetan"
	if lo > 0 && lab30mlDeDismissals[words[lo-1]] != "" {
		want = "ab"
	}
	for _, w := range words[a+1 : min(len(words), a+1+lab30mlDismissSpan)] {
		if w == want {
			return true
		}
	}
	return false
}
