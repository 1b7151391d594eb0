package article

import "testing"

// TestIbero14DroppedOpening: a sentence that drops its subject after a
// document's "Segundo uma nota …," or a sentence adverb ("Después,")
// reports the act of the person the previous sentence opened with after
// a place adverbial; a verb is no description before the name of its
// object. A person named as an object in the previous sentence, or a
// person given as the source, is not taken. Sentences written for the
// test.
func TestIbero14DroppedOpening(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt Em Lisboa, o Presidente X … . Segundo uma nota …, felicitou Y", "pt", "Em Lisboa, o Presidente Ivo Kask falou nessa mesma noite com os dois candidatos. Segundo uma nota publicada no sítio da Presidência, felicitou Rui Lobo pela vitória e desejou-lhe os maiores êxitos no mandato.",
			[]langRemark{{Action, "Ivo Kask", "felicitou Rui Lobo pela vitória e desejou-lhe os maiores êxitos no mandato"}}},
		{"es Según una nota …, felicitó a Y", "es", "En Madrid, el presidente Ivo Kask habló esa misma noche con los dos candidatos. Según una nota publicada en la web de la Presidencia, felicitó a Rui Lobo por la victoria y le deseó éxitos.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Rui Lobo por la victoria y le deseó éxitos"}}},
		{"es En Madrid, la ministra X … . Felicitó a Y", "es", "En Madrid, la ministra Lena Dal habló con la prensa. Felicitó a Rui Lobo por la victoria.",
			[]langRemark{{Action, "Lena Dal", "Felicitó a Rui Lobo por la victoria"}}},
		{"es Después, felicitó a Y", "es", "En Madrid, la ministra Lena Dal habló con la prensa. Después, felicitó a Rui Lobo por la victoria.",
			[]langRemark{{Action, "Lena Dal", "felicitó a Rui Lobo por la victoria"}}},
		{"pt Depois, felicitou Y", "pt", "Em Lisboa, o Presidente Ivo Kask falou com os dois candidatos. Depois, felicitou Rui Lobo pela vitória.",
			[]langRemark{{Action, "Ivo Kask", "felicitou Rui Lobo pela vitória"}}},
		{"es object, then Después, felicitó", "es", "La policía detuvo a Lena Dal. Después, felicitó a Rui Lobo por la victoria.", nil},
		// counter-cases: the person was the object of the previous
		// sentence; the source is a person
		{"es object of the previous sentence", "es", "En Madrid, la policía detuvo a Lena Dal. Felicitó a Rui Lobo por la victoria.", nil},
		{"es Según el portavoz X, felicitó", "es", "En Madrid, la ministra Lena Dal habló con la prensa. Según el portavoz Ivo Kask, felicitó a Rui Lobo por la victoria.",
			[]langRemark{{Reported, "Ivo Kask", "felicitó a Rui Lobo por la victoria"}}},
	})
}
