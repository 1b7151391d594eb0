package article

import "testing"

// TestExtractLangJudged: a verb of judging with an object and a
// predicate is the speaker's act; with no predicate it is not.
// Sentences written for the test.
func TestExtractLangJudged(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt object and adjectives", "pt", "O deputado Ivo Kask, da missão de observação da Norlândia, considerou as eleições transparentes e credíveis.",
			[]langRemark{{Action, "Ivo Kask", "considerou as eleições transparentes e credíveis"}}},
		{"pt object and a noun", "pt", "A senadora Lena Dal considerou o resultado uma fraude.",
			[]langRemark{{Action, "Lena Dal", "considerou o resultado uma fraude"}}},
		{"es object and an adjective", "es", "El observador Ivo Kask consideró la elección limpia.",
			[]langRemark{{Action, "Ivo Kask", "consideró la elección limpia"}}},
		// counter-cases: an object with no predicate, and a clause
		{"es object and its complement", "es", "El observador Ivo Kask consideró las opciones de la oposición.", nil},
		// counter-cases: an adjective of the object before the verb's
		// complement is no predicate (review probes)
		{"pt adjective then complement", "pt", "O presidente de Velor, Tomas Berg, avaliou a situação política com os ministros na segunda-feira.", nil},
		{"es adjective then figure", "es", "El presidente de Velor, Tomas Berg, estimó la participación electoral en un 60 por ciento.", nil},
		{"es clause", "es", "La senadora Lena Dal consideró que la elección fue limpia.",
			[]langRemark{{Reported, "Lena Dal", "la elección fue limpia"}}},
	})
}

// TestExtractLangExhortIbero: urging others to accept or reject the result
// ("exortou todos os partidos a aceitarem o veredicto", "exhortó a …")
// is the speaker's act, as "instó" was already. Sentences written for
// the test.
func TestExtractLangExhortIbero(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt exortou", "pt", "O deputado Ivo Kask exortou todos os partidos a aceitarem o veredicto.",
			[]langRemark{{Action, "Ivo Kask", "exortou todos os partidos a aceitarem o veredicto"}}},
		{"pt instou", "pt", "A senadora Lena Dal instou a oposição a aceitar o resultado.",
			[]langRemark{{Action, "Lena Dal", "instou a oposição a aceitar o resultado"}}},
		{"es exhortó", "es", "El senador Ivo Kask exhortó a los partidos a aceptar el veredicto.",
			[]langRemark{{Action, "Ivo Kask", "exhortó a los partidos a aceptar el veredicto"}}},
		// counter-case: the one exhorted is no speaker
		{"pt exortada", "pt", "A senadora Lena Dal foi exortada pelo partido a aceitar o resultado.", nil},
	})
}

// TestExtractLangQualifiedPt: "qualificou X de Y" is an act in
// Portuguese as "calificó X de Y" is in Spanish. Sentences written for
// the test.
func TestExtractLangQualifiedPt(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt qualificou … de", "pt", "O líder da oposição, Ivo Kask, derrotado nas urnas, qualificou a eleição de fraude.",
			[]langRemark{{Action, "Ivo Kask", "qualificou a eleição de fraude"}}},
		// counter-case: the one qualified is no speaker
		{"pt qualificado", "pt", "O recurso de Ivo Kask foi qualificado de abusivo pelo tribunal.", nil},
		// counter-case: qualifying a team for a round judges nothing (review probe)
		{"pt qualificou … para", "pt", "O treinador Rui Mota qualificou a equipa para a final da taça.", nil},
		{"pt qualificou … como", "pt", "A senadora Lena Dal qualificou o pleito como uma farsa.",
			[]langRemark{{Action, "Lena Dal", "qualificou o pleito como uma farsa"}}},
	})
}
