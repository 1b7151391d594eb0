package article

// A negation after a recognition belongs to it only in its own clause: in
// "направил поздравительное послание, но не обошёлся без призыва",
// "felicitó al ganador, pero no ocultó sus dudas", "a félicité le
// vainqueur, mais n'a pas caché …" the negation after "but" negates the
// next verb, and the congratulation stands. The verb rule looks for a
// negation in the three words after the recognition ("поздравлять Санду
// не планирует"); gr19AfterEnd stops that window at a word of "but"
// (sideLexicon.buts). German "aber" is left out: it is also a particle
// inside a clause ("gratulierte aber nicht").

// gr19AfterEnd returns where the window of negations after the
// recognition words[v] ends: v+4 or the end of words, or the first word
// of "but" before them.
func (l *langLexicon) gr19AfterEnd(words []string, v int) int {
	end := min(v+4, len(words))
	s := sideLexicons[l.code]
	if s == nil || l.code == "de" {
		return end
	}
	for k := v + 1; k < end; k++ {
		if s.buts[words[k]] && !rev19ButLater(l, words, k) {
			return k
		}
	}
	return end
}
