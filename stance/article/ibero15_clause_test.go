package article

import "testing"

// TestIbero15ClauseOpeners: a capitalised conjunction opening the sentence,
// a subordinator before an office in apposition, a wire dateline, an
// office with a participle before a name in apposition, and an addressee
// before an infinitive clause no longer hide the subject; a preposition
// and a fronted place before the subject are no speaker. Sentences written
// for the test, with counter-cases.
func TestIbero15ClauseOpeners(t *testing.T) {
	runLangCases(t, []langCase{
		{"es Y el ministro X, apposition, dijo que", "es", "Y el ministro Ivo Kask, miembro de la comisión de Salud, dijo que la votación fue limpia y ordenada.",
			[]langRemark{{Reported, "Ivo Kask", "la votación fue limpia y ordenada"}}},
		{"pt E o ministro X, apposition, disse que", "pt", "E o ministro Ivo Kask, membro da comissão, disse que a votação foi limpa e ordeira.",
			[]langRemark{{Reported, "Ivo Kask", "a votação foi limpa e ordeira"}}},
		{"es Y X, apposition, quotation in the clause", "es", "Y Ivo Kask, miembro de la comisión, recordó que su país “no califica los procesos internos de otras naciones”.",
			[]langRemark{{Direct, "Ivo Kask", "no califica los procesos internos de otras naciones"}}},
		{"es cuando office, X, description, anunció que", "es", "La tensión subió en julio, cuando el presidente de la Asamblea, Ivo Kask, tercero en la votación, anunció que impugnaría los resultados del domingo.",
			[]langRemark{{Reported, "Ivo Kask", "impugnaría los resultados del domingo"}}},
		{"pt quando office, X, anunciou que", "pt", "A tensão subiu na primeira volta, em julho, quando o presidente da Assembleia, Ivo Kask, anunciou que iria contestar os resultados.",
			[]langRemark{{Reported, "Ivo Kask", "iria contestar os resultados"}}},
		{"es dateline", "es", "Lima, 3 jun (Agencia) – El canciller de Norlandia, Ivo Kask, felicitó a Ana Velor.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Ana Velor"}}},
		{"pt dateline and office with participle", "pt", "Norlândia, 7 set (Agência) – O candidato derrotado na segunda volta das presidenciais, Ivo Kask, felicitou Ana Velor pela vitória.",
			[]langRemark{{Action, "Ivo Kask", "felicitou Ana Velor pela vitória"}}},
		{"pt disse aos jornalistas estar", "pt", "O ministro Ivo Kask disse aos jornalistas estar à espera dos resultados definitivos da comissão.",
			[]langRemark{{Reported, "Ivo Kask", "estar à espera dos resultados definitivos da comissão"}}},
		{"es dijo a la prensa no reconocer", "es", "El ministro Ivo Kask dijo a la prensa no reconocer los resultados de la comisión.",
			[]langRemark{{Reported, "Ivo Kask", "no reconocer los resultados de la comisión"}}},
		{"pt De place, X … deu-lhe os parabéns", "pt", "De Velor, Ivo Kask também falou com Ana Velor, deu-lhe os parabéns pela vitória.",
			[]langRemark{{Action, "Ivo Kask", "também falou com Ana Velor, deu-lhe os parabéns pela vitória"}}},
		{"pt office, X (na foto), afirmou que", "pt", "O líder do partido, Luís Peral (na foto), afirmou que não reconhece a vitória de Ana Velor.",
			[]langRemark{{Reported, "Luís Peral", "não reconhece a vitória de Ana Velor"}}},
		// a subordinate clause that opens the sentence: the act ends before
		// the main clause of another subject (it had run to "… denunció fraude")
		{"es fronted cuando office, X, act", "es", "Cuando el presidente del tribunal, Tomás Velor, anunció los resultados, la oposición denunció fraude.",
			[]langRemark{{Action, "Tomás Velor", "anunció los resultados"}}},
		{"pt fronted quando office, X, act", "pt", "Quando o presidente da comissão, Tomás Velor, felicitou Ivo Kask, a oposição denunciou fraude.",
			[]langRemark{{Action, "Tomás Velor", "felicitou Ivo Kask"}}},
		// a causal clause gives the main subject's reason, no act of the
		// person in it
		{"es …, pues office, X, anunció", "es", "La oposición protestó, pues el presidente de la comisión, Tomás Velor, anunció los resultados sin contar los votos del exterior.", nil},
		{"pt …, pois office, X, anunciou", "pt", "A oposição protestou, pois o presidente da comissão, Tomás Velor, anunciou os resultados sem contar os votos do exterior.", nil},
		// counter-cases: an infinitive of time is no addressee; a conjunction
		// inside the sentence opens no subject of its own before the verb
		{"pt disse ao chegar … que", "pt", "O ministro Ivo Kask disse ao chegar à sede que a votação foi limpa e ordeira.",
			[]langRemark{{Reported, "Ivo Kask", "a votação foi limpa e ordeira"}}},
		// a dateline with a place of several words and a long date; a
		// date and an aside between dashes in a sentence are no dateline
		// (the dateline drop had eaten the subject and its verb)
		{"es Río de Janeiro dateline", "es", "Río de Janeiro, 3 de junio de 2026 (Agencia) – El canciller de Norlandia, Ivo Kask, felicitó a Ana Velor.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Ana Velor"}}},
		{"fr PARIS dateline", "fr", "PARIS, 5 juin (Agence) – Le ministre Ivo Kask a félicité Ana Velor pour sa victoire.",
			[]langRemark{{Action, "Ivo Kask", "a félicité Ana Velor pour sa victoire"}}},
		{"es felicitó el 3 de junio – aside –", "es", "El presidente Ivo Kask felicitó el 3 de junio – un día después de la votación – a Ana Velor.",
			[]langRemark{{Action, "Ivo Kask", "felicitó el 3 de junio – un día después de la votación – a Ana Velor"}}},
		{"fr a félicité le 3 juin – aside –", "fr", "Le président Ivo Kask a félicité le 3 juin – au lendemain du vote – Ana Velor pour sa victoire.",
			[]langRemark{{Action, "Ivo Kask", "a félicité le 3 juin – au lendemain du vote – Ana Velor pour sa victoire"}}},
		{"ru 3 июня – aside –", "ru", "Президент Иво Каск 3 июня – на следующий день после выборов – поздравил Анну Велор с победой.",
			[]langRemark{{Action, "Иво Каск", "3 июня – на следующий день после выборов – поздравил Анну Велор с победой"}}},
		{"es a place and a date with no dash is no dateline", "es", "Lima, 3 de junio. El canciller Ivo Kask felicitó a Ana Velor.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Ana Velor"}}},
	})
}

// TestIbero15SpeechObjects: a verb of saying whose object is a
// congratulation, a verb of defending with the vote for its object, and
// verbs of saying the lexicons lacked. Sentences written for the test,
// with counter-cases.
func TestIbero15SpeechObjects(t *testing.T) {
	runLangCases(t, []langCase{
		{"es …, y el canciller X repitió el saludo", "es", "La presidenta Lena Dal felicitó a Ana Velor, y el canciller Ivo Kask repitió el saludo en las redes.",
			[]langRemark{{Action, "Lena Dal", "felicitó a Ana Velor"}, {Action, "Ivo Kask", "repitió el saludo en las redes"}}},
		{"pt reiterou os parabéns", "pt", "O ministro Ivo Kask reiterou os seus parabéns à vencedora.",
			[]langRemark{{Action, "Ivo Kask", "reiterou os seus parabéns à vencedora"}}},
		{"es defendió la limpieza de la votación", "es", "La portavoz Lena Dal defendió la limpieza de la votación.",
			[]langRemark{{Action, "Lena Dal", "defendió la limpieza de la votación"}}},
		{"pt considerou que", "pt", "A deputada Lena Dal considerou que a eleição foi uma farsa montada pelo governo.",
			[]langRemark{{Reported, "Lena Dal", "a eleição foi uma farsa montada pelo governo"}}},
		{"es remachó que", "es", "El diputado Ivo Kask remachó que Norlandia no debe aceptar estos comicios.",
			[]langRemark{{Reported, "Ivo Kask", "Norlandia no debe aceptar estos comicios"}}},
		// counter-cases: another object of saying, of defending
		{"es repitió la pregunta", "es", "El canciller Ivo Kask repitió la pregunta en las redes.", nil},
		{"es defendió la reforma", "es", "La portavoz Lena Dal defendió la reforma de las pensiones.", nil},
	})
}
