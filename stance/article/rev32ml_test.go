package article

import "testing"

// TestRev32mlOpeningNotSubject: an adverb opening a Russian sentence whose
// subject is left out, and a name in an oblique case that the article
// writes bare elsewhere, are no subject of the verb after them
// (rev32ml_opening.go); a country or a body in the nominative still is.
// Sentences written for the test.
func TestRev32mlOpeningNotSubject(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"body kept", "ru", "Заголовок\n\nКремль поздравил Вебера с победой.",
			[]langRemark{{Action, "Кремль", "поздравил Вебера с победой"}}},
		{"feminine place kept", "ru", "Заголовок\n\nПрибалтика осудила итоги выборов.",
			[]langRemark{{Action, "Прибалтика", "осудила итоги выборов"}}},
		// near-misses: an adverb in -но, a comparative, an adverb of the list, an oblique name
		{"adverb -но", "ru", "Заголовок\n\nОфициально признал итоги выборов.", nil},
		{"comparative", "ru", "Заголовок\n\nПозднее поздравил Вебера с победой.", nil},
		{"adverb of the list", "ru", "Заголовок\n\nНакануне осудил итоги выборов.", nil},
		{"oblique name", "ru", "Заголовок\n\nВебер победил. Вебера поддержал бизнес.", nil},
	})
}

// TestRev32mlChallengeRejected: a passive of judgement whose subject is a
// challenge to the result (an appeal, a complaint, a request) gives its
// agent no act (rev32ml_passive.go); the result itself rejected still
// does. Sentences written for the test.
func TestRev32mlChallengeRejected(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es result rejected", "es", "Título\n\nLos resultados fueron rechazados por la Unión Africana.",
			[]langRemark{{Action, "Unión Africana", "Los resultados fueron rechazados"}}},
		// near-misses: the challenge rejected, in four languages
		{"es challenge", "es", "Título\n\nLa impugnación de los resultados fue rechazada por el Tribunal Supremo.", nil},
		{"fr appeal", "fr", "Titre\n\nLe recours contre les résultats a été rejeté par la Cour constitutionnelle.", nil},
		{"pt request", "pt", "Título\n\nO pedido de anulação dos resultados foi rejeitado pelo Tribunal Superior.", nil},
		{"de complaint", "de", "Titel\n\nDie Klage gegen das Wahlergebnis wurde vom Verfassungsgericht abgelehnt.", nil},
	})
}

// TestRev32mlAgentList: a passive's agents are the names listed after the
// preposition; a place after another preposition is none, and a Russian
// genitive complement of a group is no group (rev32ml_passive.go,
// rev32ml_group.go). Sentences written for the test.
func TestRev32mlAgentList(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es agents listed", "es", "Título\n\nLa victoria fue celebrada por Tarsia, Velmar y la Unión Africana.",
			[]langRemark{{Action, "Tarsia", "La victoria fue celebrada"}, {Action, "Velmar", "La victoria fue celebrada"}, {Action, "Unión Africana", "La victoria fue celebrada"}}},
		{"es place after the agent", "es", "Título\n\nWeber fue felicitado por el presidente Luis Mora en Buenos Aires.",
			[]langRemark{{Action, "Luis Mora", "Weber fue felicitado"}}},
		{"ru adjective group kept", "ru", "Заголовок\n\nЗападные правительства осудили итоги выборов.",
			[]langRemark{{Action, "Западные правительства", "осудили итоги выборов"}}},
		// near-misses: residents and citizens of a country, the country a complement
		{"ru residents of the capital", "ru", "Заголовок\n\nЖители столицы отпраздновали победу Вебера.", nil},
		{"ru citizens of the country", "ru", "Заголовок\n\nГраждане страны отвергли итоги выборов.", nil},
		{"ru group in a clause of purpose", "ru", "Заголовок\n\nМинистр Олег Белов потребовал, чтобы оппозиция признала итоги.",
			[]langRemark{{Action, "Олег Белов", "потребовал, чтобы оппозиция признала итоги"}}},
	})
}

// TestRev32mlHeld: "celebrar" with an event or an agreement for object is
// to hold it, no act (rev32ml_held.go); a result celebrated still is one.
// Sentences written for the test.
func TestRev32mlHeld(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es result celebrated", "es", "Título\n\nTarsia celebró la victoria de Weber en las elecciones.",
			[]langRemark{{Action, "Tarsia", "celebró la victoria de Weber en las elecciones"}}},
		// near-misses: elections and agreements held
		{"es elections held", "es", "Título\n\nTarsia y Ostrava celebraron elecciones legislativas el mismo domingo.", nil},
		{"pt agreements", "pt", "Título\n\nOs partidos celebraram acordos de coligação antes da votação.", nil},
	})
}
