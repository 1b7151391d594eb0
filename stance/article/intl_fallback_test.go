package article

import "testing"

// TestIntlFallback: a sentence no construction reads gives the rest of it
// to the one person it names (intl_fallback.go); sentences invented for
// the test.
func TestIntlFallback(t *testing.T) {
	tests := []struct {
		name, lang, text, speaker, remark string
	}{
		{"a title and a name, then an unread predicate", "es",
			"Reacciones\n\nEl diputado oficialista Ivo Kask fue más lejos en su rechazo del escrutinio.",
			"Ivo Kask", "fue más lejos en su rechazo del escrutinio"},
		{"an inverted subject ending the sentence", "ru",
			"Реакции\n\nС особым удовлетворением встретил итоги голосования депутат Иван Каск.",
			"Иван Каск", "С особым удовлетворением встретил итоги голосования"},
		// the office and its determiner before a sentence-final name
		// belong to the name, not to the remark
		{"an inverted subject with a determiner", "es",
			"Reacciones\n\nCon especial satisfacción recibió los resultados el senador Ivo Kask.",
			"Ivo Kask", "Con especial satisfacción recibió los resultados"},
		{"talk of the vote", "es",
			"Reacciones\n\nLa alcaldesa de Velor, Nuria Dal, habló sobre el fraude en el escrutinio de la capital.",
			"Nuria Dal", "habló sobre el fraude en el escrutinio de la capital"},
		{"a full name in French", "fr",
			"Réactions\n\nLena Dal préfère attendre la proclamation définitive des résultats.",
			"Lena Dal", "préfère attendre la proclamation définitive des résultats"},
		// a determiner and an office before the name, after an opening
		// adverb (pt "a" is a preposition too, "ontem" a stop)
		{"an office after a determiner and an adverb", "pt",
			"Reações\n\nOntem a senadora Lena Dal preferiu aguardar os números oficiais.",
			"Lena Dal", "preferiu aguardar os números oficiais"},
		{"an office after an opening adverbial", "fr",
			"Réactions\n\nCe dimanche, l'opposant Ivo Kask préfère attendre la proclamation définitive.",
			"Ivo Kask", "préfère attendre la proclamation définitive"},
		// an apposition with a determiner between commas is skipped
		{"past an apposition", "es",
			"Reacciones\n\nIvo Kask, el candidato de Velor, fue más lejos en su rechazo del escrutinio.",
			"Ivo Kask", "fue más lejos en su rechazo del escrutinio"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := ExtractLang(tc.text, tc.lang)
			checkOffsets(t, tc.text, rs)
			if len(rs) != 1 || !rs[0].Inferred || rs[0].Speaker != tc.speaker || rs[0].Text != tc.remark || rs[0].Kind != Reported {
				t.Errorf("got %+v, want an inferred remark of %q: %q", rs, tc.speaker, tc.remark)
			}
		})
	}
	none := []struct{ name, lang, text string }{
		// the clause after the name describes it
		{"a relative clause after the name", "pt",
			"Reações\n\nO analista Ivo Kask, que acompanha as eleições há décadas, atribui a queda à desorganização."},
		// two people: whose predicate it is cannot be told
		{"two names", "es",
			"Reacciones\n\nIvo Kask y Lena Dal pasaron la noche en la sede del partido."},
		{"a name after a preposition is no subject", "es",
			"Reacciones\n\nEl aspirante del Movimiento Progresista pasó la noche en la sede."},
		// the preposition stands before the office or determiner of
		// the name: an object, a place
		{"an object after a preposition and an office", "es",
			"Reacciones\n\nLa policía detuvo el martes al opositor Ivo Kask frente a la sede del tribunal electoral."},
		{"a name inside a complement", "fr",
			"Réactions\n\nLes manifestants ont brandi des portraits du général Ivo Kask."},
		{"a school named after a person", "es",
			"Reacciones\n\nVotaron en la escuela Lena Dal de Velor más de mil personas."},
		{"a street named after a person", "fr",
			"Réactions\n\nDans la rue Ivo Kask de Velor, la fête a duré toute la nuit."},
		// the name is the subject of a relative clause about another
		{"a name in a relative aside", "fr",
			"Réactions\n\nLa coalition, que dirige Ivo Kask, a rejeté les résultats."},
		{"a name in a relative aside after a preposition", "es",
			"Reacciones\n\nEl mitin, al que asistió Ivo Kask, terminó sin incidentes."},
		{"a name in a relative aside with qual", "pt",
			"Reações\n\nO comício, no qual discursou Ivo Kask, terminou sem incidentes."},
		// a verb before the name and a prepositional phrase after it
		{"an object between a verb and a place", "fr",
			"Réactions\n\nLa police a interpellé mardi l'opposant Ivo Kask devant le siège de la commission."},
		{"a name in an oblique case", "ru",
			"Реакции\n\nПолиция задержала Лену Даль у здания комиссии."},
		// a victim: what happened to the person
		{"a death", "es",
			"Reacciones\n\nIvo Kask, hermano del candidato, murió en el ataque del domingo."},
		{"an arrest", "pt",
			"Reações\n\nO jornalista Ivo Kask foi detido durante os protestos."},
		{"a wound", "ru",
			"Реакции\n\nЖурналист Иван Каск был ранен во время беспорядков."},
		{"a death in French", "fr",
			"Réactions\n\nL'ancien président Ivo Kask est mort en 2019."},
		// a verbless label: the apposition runs to the end
		{"an apposition to the end", "fr",
			"Réactions\n\nIvo Kask, un destin contrarié."},
		{"an apposition with a relative to the end", "pt",
			"Reações\n\nLena Dal, a mulher que desafiou o regime."},
		{"talk of another subject", "es",
			"Reacciones\n\nLa alcaldesa de Velor, Nuria Dal, habló sobre las obras del nuevo tranvía."},
		{"talk of another subject in Russian", "ru",
			"Реакции\n\nМэр Велора Павел Гусь рассказал о ремонте дорог в центре города."},
		{"a silence of a third party", "fr",
			"Réactions\n\nLe président Ivo Kask, lui, ne s'est pas exprimé sur le scrutin."},
		{"a possessive relative after the name", "ru",
			"Реакции\n\nПрезидент Иван Каск, чью победу в августе не признали соседи, провёл встречу."},
		// a German noun phrase in capitals is no name; a title before it
		// would make it one
		{"capitalised German nouns", "de",
			"Reaktionen\n\nScharfe Kritik kam am Abend von der Opposition im Parlament."},
	}
	for _, tc := range none {
		t.Run(tc.name, func(t *testing.T) {
			if rs := ExtractLang(tc.text, tc.lang); len(rs) != 0 {
				t.Errorf("got %+v, want no remark", rs)
			}
		})
	}
}
