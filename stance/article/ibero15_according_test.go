package article

import "testing"

// TestIbero15According: the attribution phrases of opinion ("en opinión
// del exministro X, …", "na opinião de X, …", "a juicio del …") open a
// reported clause of the person after them. Sentences written for the
// test, with a counter-case.
func TestIbero15According(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt na opinião de X", "pt", "Na opinião de Luís Peral, as eleições foram uma fraude monumental.",
			[]langRemark{{Reported, "Luís Peral", "as eleições foram uma fraude monumental"}}},
		{"es en opinión del exministro X", "es", "En opinión del exministro Luis Peral, los comicios fueron un fraude monumental.",
			[]langRemark{{Reported, "Luis Peral", "los comicios fueron un fraude monumental"}}},
		{"es a juicio del exministro X", "es", "A juicio del exministro Luis Peral, los comicios fueron un fraude monumental.",
			[]langRemark{{Reported, "Luis Peral", "los comicios fueron un fraude monumental"}}},
		{"pt no entender do ministro X", "pt", "No entender do ministro Luís Peral, a votação decorreu com normalidade e transparência.",
			[]langRemark{{Reported, "Luís Peral", "a votação decorreu com normalidade e transparência"}}},
		// as after "según", a group is its own speaker
		{"es en opinión de muchos analistas", "es", "En opinión de muchos analistas, los comicios fueron tranquilos.",
			[]langRemark{{Reported, "muchos analistas", "los comicios fueron tranquilos"}}},
		// counter-case: an opinion of no one named
		{"es en opinión general", "es", "La votación, en opinión general, fue tranquila y ordenada.", nil},
	})
}
