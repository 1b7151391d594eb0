package article

import "testing"

// TestExtractLangBodyKind: an occupation's title heading a body named
// after a word of its kind ("la plataforma ciudadana X") is an office,
// with its holder's name in apposition (intl_bodykind12.go). Sentences
// written for the test.
func TestExtractLangBodyKind(t *testing.T) {
	runLangCases(t, []langCase{
		{"es plataforma ciudadana", "es", "El coordinador de la plataforma ciudadana Vigía Norland, Ivo Kask, pidió al tribunal publicar todas las actas.",
			[]langRemark{{Action, "Ivo Kask", "pidió al tribunal publicar todas las actas"}}},
		{"es after an opening adverbial", "es", "En la misma línea, la directora de la organización Velor Transparente, Lena Dal, dijo que el recuento no ha terminado.",
			[]langRemark{{Reported, "Lena Dal", "el recuento no ha terminado"}}},
		{"pt organização", "pt", "A diretora da organização Velor Transparente, Lena Dal, afirmou que a contagem ainda não terminou.",
			[]langRemark{{Reported, "Lena Dal", "a contagem ainda não terminou"}}},
		// counter-cases: no named body after the kind, and a stop between
		// the kind and a place
		{"es no named body", "es", "El coordinador de la escuela local, Ivo Kask, pidió calma.", nil},
		{"pt a place after a preposition", "pt", "O coordenador da escola em Velor, Ivo Kask, pediu calma.", nil},
	})
}

// TestExtractLangAcronymApposition: an office and its body's acronym in
// parentheses before a name in apposition, and a long office whose
// complement chains joining words and a named body (intl_acronym12.go).
// Sentences written for the test.
func TestExtractLangAcronymApposition(t *testing.T) {
	runLangCases(t, []langCase{
		{"es office (ACR), name", "es", "El portavoz del Partido Cívico (PC), Ivo Kask, dijo que no reconocerá el resultado.",
			[]langRemark{{Reported, "Ivo Kask", "no reconocerá el resultado"}}},
		{"pt office (ACR), name", "pt", "O líder do Movimento Norte (MN), Lena Dal, afirmou que a votação foi fraudada.",
			[]langRemark{{Reported, "Lena Dal", "a votação foi fraudada"}}},
		{"fr office (ACR), name", "fr", "Le porte-parole du Front civique (FC), Ivo Kask, a déclaré que le scrutin était truqué.",
			[]langRemark{{Reported, "Ivo Kask", "le scrutin était truqué"}}},
		{"es long genitive chain with acronym", "es", "El jefe de campaña de la Alianza Cívica del Norte de Velor (ACNV), Ivo Kask, anunció que la alianza no reconoce las cifras.",
			[]langRemark{{Reported, "Ivo Kask", "la alianza no reconoce las cifras"}}},
		{"pt long genitive chain", "pt", "O chefe de campanha da Aliança Cívica do Norte de Velor, Lena Dal, anunciou que a aliança não reconhece os números.",
			[]langRemark{{Reported, "Lena Dal", "a aliança não reconhece os números"}}},
		// counter-cases: the office is an object's complement, and a chain
		// with a preposition of purpose stays unread
		{"es office as an object", "es", "El presidente felicitó al portavoz del Partido Cívico (PC), Ivo Kask, por su escaño.",
			[]langRemark{{Action, "presidente", "felicitó al portavoz del Partido Cívico (PC), Ivo Kask, por su escaño"}}},
		{"es purpose in the chain", "es", "La vicepresidenta de la Comisión para Grandes Eventos de Velor, Lena Dal, dijo que la ceremonia fue un éxito.", nil},
	})
}

// TestExtractLangDroppedAct: an act whose subject is dropped after a
// sentence naming the person, after a colon or an opening adverbial, and
// a later verb alone after such a sentence (intl_droppedact12.go).
// Sentences written for the test.
func TestExtractLangDroppedAct(t *testing.T) {
	runLangCases(t, []langCase{
		{"es sentence opens with the act", "es", "Ivo Kask anunció que la alianza no reconoce las cifras. Exigió una auditoría integral.",
			[]langRemark{{Reported, "Ivo Kask", "la alianza no reconoce las cifras"}, {Action, "Ivo Kask", "Exigió una auditoría integral"}}},
		{"pt after an opening adverbial, then a verb alone", "pt", "Lena Dal não aceita a derrota. Em conferência de imprensa, acusou o Governo de fraude e anunciou que vai pedir ao Tribunal Constitucional a anulação. “Este Presidente não foi eleito”, afirmou.",
			[]langRemark{{Reported, "Lena Dal", "vai pedir ao Tribunal Constitucional a anulação"}, {Direct, "Lena Dal", "Este Presidente não foi eleito"}}},
		{"es after a colon", "es", "Ivo Kask fue más lejos: calificó el recuento de farsa.",
			[]langRemark{{Action, "Ivo Kask", "calificó el recuento de farsa"}}},
		// counter-cases: a plural verb has a subject after it, and a verb
		// after a noun is no dropped subject's
		{"pt plural verb", "pt", "Lena Dal discursou em Velor. Também enviaram cumprimentos Ivo Kask e Rui Mota.", nil},
		{"es verb after a noun", "es", "Ivo Kask habló en Velor. La oposición exigió una auditoría.",
			[]langRemark{{Action, "oposición", "exigió una auditoría"}}}, // a group speaker (ml32_group.go), not Ivo Kask
		// counter-cases: the person the previous sentence named as an
		// object, after its verb, is not the dropped subject
		{"es object of the previous sentence", "es", "La oposición acusó a Lena Dal de comprar votos. Exigió una auditoría internacional del recuento.",
			[]langRemark{{Action, "oposición", "acusó a Lena Dal de comprar votos"}}}, // the group's act (ml32_group.go); Lena Dal demands nothing
		{"pt object of the previous sentence", "pt", "A comissão eleitoral convocou Rui Mota para depor. Em conferência de imprensa, acusou o Governo de fraude.", nil},
	})
}

// TestExtractLangDescriptionSubject: a quotation in the clause of a
// person who opens the sentence before a description between commas
// (intl_description12.go). Sentences written for the test.
func TestExtractLangDescriptionSubject(t *testing.T) {
	runLangCases(t, []langCase{
		{"es description then colon", "es", "Ivo Kask, gobernador saliente de Velor, fue más lejos: describió la jornada como «un fraude de manual».",
			[]langRemark{{Direct, "Ivo Kask", "un fraude de manual"}}},
		{"pt description", "pt", "Lena Dal, ex-ministra da Justiça, descreveu o pleito como “uma farsa sem precedentes”.",
			[]langRemark{{Direct, "Lena Dal", "uma farsa sem precedentes"}}},
		// counter-cases: a relative clause is no description, and a
		// speech verb after it introduces someone else's words
		{"es relative clause", "es", "Ivo Kask, que perdió en Velor, describió la jornada como «un fraude de manual».",
			[]langRemark{{Direct, "", "un fraude de manual"}}},
		{"es someone else's words", "es", "Ivo Kask, gobernador de Velor, leyó lo que Lena Dal dijo: «un fraude de manual».",
			[]langRemark{{Direct, "Lena Dal", "un fraude de manual"}}},
	})
}

// TestExtractLangMidAccording: a pronoun attribution between commas inside
// a sentence that no other remark holds (intl_midaccording12.go).
// Sentences written for the test.
func TestExtractLangMidAccording(t *testing.T) {
	runLangCases(t, []langCase{
		{"es que, según él,", "es", "El candidato Ivo Kask mostró copias de actas que, según él, fueron alteradas durante la noche.",
			[]langRemark{{Reported, "Ivo Kask", "fueron alteradas durante la noche"}}},
		{"fr qui, selon lui,", "fr", "Ivo Kask a montré des procès-verbaux qui, selon lui, ont été falsifiés pendant la nuit.",
			[]langRemark{{Reported, "Ivo Kask", "ont été falsifiés pendant la nuit"}}},
		// counter-case: inside a clause already reported, the remark stays whole
		{"pt inside a reported clause", "pt", "Lena Dal afirmou que o novo órgão, segundo ela, nasceu de uma votação fraudada.",
			[]langRemark{{Reported, "Lena Dal", "o novo órgão, segundo ela, nasceu de uma votação fraudada"}}},
	})
}

// TestExtractLangSharedOpening: a second act after a conjunction shares
// the subject that opens the sentence before a description or an office
// in apposition, and the first act's text runs on through it; a call to
// a person followed by a quotation names them and is no phone call
// (intl_description12.go). Sentences written for the test.
func TestExtractLangSharedOpening(t *testing.T) {
	runLangCases(t, []langCase{
		{"es description, two acts", "es", "El consejero Ivo Kask, representante de Velor en el organismo, se negó a firmar el acta y la tachó de ilegal.",
			[]langRemark{{Action, "Ivo Kask", "se negó a firmar el acta y la tachó de ilegal"}}},
		{"pt office in apposition, two acts", "pt", "O chanceler norlandês, Rui Mota, também cumprimentou o presidente reeleito e saudou o povo pelo civismo.",
			[]langRemark{{Action, "Rui Mota", "também cumprimentou o presidente reeleito e saudou o povo pelo civismo"}}},
		{"es call for congratulations", "es", "Lena Dal llamó a Kask para felicitarlo.",
			[]langRemark{{Action, "Lena Dal", "llamó a Kask para felicitarlo"}}},
		// counter-case: calling someone a name is no call
		{"es naming call", "es", "Lena Dal, que ya había anticipado un fraude, llamó a Kask «dictador» y exigió que se marche.",
			[]langRemark{{Action, "Lena Dal", "exigió que se marche"}}},
	})
}

// TestExtractLangLongAdverbial: a subject after an opening adverbial that
// names a body with its acronym, before a description between commas
// (longAdverbialEnd, intl_description12.go). Sentences written for the
// test.
func TestExtractLangLongAdverbial(t *testing.T) {
	runLangCases(t, []langCase{
		{"es desde el partido (acronym)", "es", "Desde el oficialista Partido Cívico del Norte (PCN), la candidata Lena Dal, tercera con el 19 %, aseguró que su partido no avalará el resultado.",
			[]langRemark{{Reported, "Lena Dal", "su partido no avalará el resultado"}}},
		{"pt do partido (acronym)", "pt", "Do lado do Movimento Cívico do Norte (MCN), o candidato Rui Mota, terceiro com 12%, disse que o partido não aceitará o resultado.",
			[]langRemark{{Reported, "Rui Mota", "o partido não aceitará o resultado"}}},
		// counter-case: an opening clause with a verb is no adverbial (its
		// act ends at the comma before the main clause: frontedSubordinate,
		// ibero15_clause.go)
		{"es opening clause", "es", "Cuando el Partido Cívico del Norte (PCN) felicitó al ganador, la candidata Lena Dal, tercera con el 19 %, aseguró que su partido no avalará el resultado.",
			[]langRemark{{Action, "Partido Cívico del Norte", "felicitó al ganador"}}},
	})
}

// TestExtractLangParticipleOpening: a sentence opening with a participle
// and its preposition, and a second verb after a first whose subject is
// dropped, are the person's just named (intl_participleopen12.go).
// Sentences written for the test.
func TestExtractLangParticipleOpening(t *testing.T) {
	runLangCases(t, []langCase{
		{"es preguntada por", "es", "La presidenta de Velor, Lena Dal, habló el lunes. Preguntada por el empate, dijo que su Gobierno esperará al final del conteo.",
			[]langRemark{{Reported, "Lena Dal", "su Gobierno esperará al final del conteo"}}},
		{"pt questionado sobre, two verbs", "pt", "O presidente de Velor, Rui Mota, falou na segunda-feira. Questionado sobre a votação, defendeu a cautela e disse que a contagem final ainda não terminou.",
			[]langRemark{{Reported, "Rui Mota", "a contagem final ainda não terminou"}}},
		// counter-cases: a participle with its own subject after the comma,
		// and a second verb after a clause that names someone
		{"es named subject after the participle", "es", "Lena Dal habló el lunes. Preguntado por el empate, el ministro Ivo Kask dijo que esperará al conteo final.",
			[]langRemark{{Reported, "Ivo Kask", "esperará al conteo final"}}},
		{"es second verb after a subject", "es", "Lena Dal habló el lunes. Un diputado defendió la cautela y dijo que el conteo final no ha terminado.",
			[]langRemark{{Reported, "diputado", "el conteo final no ha terminado"}}},
	})
}

// TestExtractLangColonOffice: a quotation after a colon whose clause's
// subject is an office that refers back to the person just named with it
// (intl_colonoffice12.go). Sentences written for the test.
func TestExtractLangColonOffice(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt o chefe de Estado", "pt", "O Presidente de Velor, Rui Mota, tomou posse hoje. Na cerimónia, o chefe de Estado estendeu a mão aos adversários, mas deixou um aviso: “A eleição acabou e peço que trabalhem connosco.”",
			[]langRemark{{Direct, "Rui Mota", "A eleição acabou e peço que trabalhem connosco."}}},
		{"es el mandatario", "es", "El presidente de Velor, Ivo Kask, juró el cargo. El mandatario dejó un mensaje: «La elección terminó y pido a todos que trabajen conmigo».",
			[]langRemark{{Direct, "Ivo Kask", "La elección terminó y pido a todos que trabajen conmigo"}}},
		// counter-case: the person just named holds another office
		{"pt another office", "pt", "O líder da oposição, Rui Mota, perdeu. Na cerimónia, o chefe de Estado deixou um aviso: “A eleição acabou e peço que trabalhem connosco.”",
			[]langRemark{{Direct, "", "A eleição acabou e peço que trabalhem connosco."}}},
		// counter-case: the person just named has no office, only a description
		{"es no office", "es", "Rui Mota, candidato opositor, votó en Velor. Al mediodía, el presidente del tribunal lanzó un mensaje: «Todo está en orden».",
			[]langRemark{{Direct, "", "Todo está en orden"}}},
	})
}

// TestExtractLangRelativeVerb: a verb after "pelo que" / "por lo que"
// has no subject before the preposition (relativeVerb,
// intl_colonoffice12.go). Sentences written for the test.
func TestExtractLangRelativeVerb(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt pelo que chamou de", "pt", "O presidente Ivo Kask ficou isolado. O presidente norlandês, Rui Mota, parabenizou Kask pelo que chamou de “vitória da paz sobre o golpismo”.",
			[]langRemark{{Action, "Rui Mota", "parabenizou Kask pelo que chamou de"}, {Direct, "Rui Mota", "vitória da paz sobre o golpismo"}}},
		{"es por lo que llamó", "es", "El presidente Ivo Kask quedó aislado. El presidente norlandés, Luis Mora, felicitó a Kask por lo que llamó «victoria de la paz sobre el golpismo».",
			[]langRemark{{Action, "Luis Mora", "felicitó a Kask por lo que llamó"}, {Direct, "Luis Mora", "victoria de la paz sobre el golpismo"}}},
		// counter-case: a subject past a complement without a complementizer
		{"es subject past a complement", "es", "El ministro Ivo Kask en la capital dijo que el resultado es legítimo.",
			[]langRemark{{Reported, "Ivo Kask", "el resultado es legítimo"}}},
	})
}

// TestExtractLangSemicolonClause: a clause after a semicolon with its
// subject dropped is the person named before it in the sentence
// (semicolonClause, intl_colonoffice12.go). Sentences written for the
// test.
func TestExtractLangSemicolonClause(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt ; disse que", "pt", "Em Velor, o ministro Rui Mota evitou qualificar a votação; disse que o país acompanhará a decisão europeia.",
			[]langRemark{{Action, "Rui Mota", "evitou qualificar a votação"}, {Reported, "Rui Mota", "o país acompanhará a decisão europeia"}}},
		{"es ; dijo que", "es", "El canciller Ivo Kask evitó calificar la votación; dijo que su país seguirá la decisión europea.",
			[]langRemark{{Action, "Ivo Kask", "evitó calificar la votación"}, {Reported, "Ivo Kask", "su país seguirá la decisión europea"}}},
		// counter-case: a clause after a semicolon with a subject of its own
		{"es ; another subject", "es", "El canciller Ivo Kask evitó calificar la votación; la ministra Lena Dal dijo que su país seguirá la decisión europea.",
			[]langRemark{{Action, "Ivo Kask", "evitó calificar la votación"}, {Reported, "Lena Dal", "su país seguirá la decisión europea"}}},
	})
}

// TestExtractLangInnerActorQuote: a quotation inside a reported clause
// whose subject also acts is the reporter's words (innerActor,
// intl_midaccording12.go). Sentences written for the test.
func TestExtractLangInnerActorQuote(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt declarou que X não aceitará “…”", "pt", "O chanceler Rui Mota declarou que Porto Velor não aceitará “os resultados de um pleito ilegal”.",
			[]langRemark{{Reported, "Rui Mota", "Porto Velor não aceitará"}, {Action, "Porto Velor", "Porto Velor não aceitará"}, {Direct, "Rui Mota", "os resultados de um pleito ilegal"}}},
		// counter-case: an act with no reporter keeps its quotation
		{"pt act alone", "pt", "O ministro Rui Mota recusou “os resultados de um pleito ilegal”.",
			[]langRemark{{Direct, "Rui Mota", "os resultados de um pleito ilegal"}}},
	})
}
