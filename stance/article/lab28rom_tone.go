package article

// lab28romToneWithheld reports whether an act or remark of Spanish,
// Portuguese or French ends with a reaction's guarded tone told by
// comparison, as English toneOf reads "was more careful": "La senadora
// Ana Ruiz fue todavía más prudente.", "O deputado Rui Lobo foi mais
// reticente.", "Le ministre s'est montré nettement plus réservé.", "había
// optado el martes por un tono más cauto". The reporter's word is the
// verdict (withholding); the sentences after it say how. The comparison
// must end the words (the sentence's end, as the fallback of an unread
// sentence cuts it): "fue más prudente que su jefe en los mítines" or
// "Más cauto, X pidió …" are left to what follows.
func lab28romToneWithheld(words []string) bool {
	n := len(words)
	if n < 3 || !lab28romMore[words[n-2]] || !lab28romGuarded[words[n-1]] {
		return false
	}
	for k := n - 3; k >= 0 && k >= n-5; k-- {
		switch {
		case lab28romToneHeads[words[k]]:
			return true
		case !lab28romToneModifiers[words[k]]:
			return false
		}
	}
	return false
}
