package article

import "testing"

// TestExtractLangLongTitle: a long office with a quoted name or a
// participle before a name in apposition opens the subject of the verb
// after the name (intl_longtitle.go); a by-name after the name ("dit
// X") is no speech verb. Sentences written for the test.
func TestExtractLangLongTitle(t *testing.T) {
	const de = "Ivo Kask hat die Präsidentenwahl in Norland gewonnen. "
	const fr = "Ivo Kask a remporté l'élection en Norlande. "
	runLangCases(t, []langCase{
		{"de Anführer der „Volksrepublik Nord“", "de", de + "Der Anführer der selbst ernannten „Volksrepublik Nord“, Olaf Berg, erklärte, die Abstimmung sei eine Farce.",
			[]langRemark{{Reported, "Olaf Berg", "die Abstimmung sei eine Farce"}}},
		{"fr chef du mouvement « Debout Norlande »", "fr", fr + "Le chef du mouvement citoyen « Debout Norlande », Olaf Berg, a déclaré que le scrutin était truqué.",
			[]langRemark{{Reported, "Olaf Berg", "le scrutin était truqué"}}},
		{"ru лидер движения «Север»", "ru", "Выборы в Норландии выиграл Ивар Каск. Лидер непризнанного движения «Север», Олаф Берг, заявил, что выборы были фарсом.",
			[]langRemark{{Reported, "Олаф Берг", "выборы были фарсом"}}},
		// counter-case: "dite LDB" gives a by-name, not speech: "LDB, a
		// félicité …" is no clause she reported
		{"fr dite LDB", "fr", fr + "Le seul autre candidat en lice, Lena Dal Berg, dite LDB, a félicité le président réélu.", nil},
		// counter-case: words that open with no article or office are no
		// office: the rule leaves the name between commas alone
		// counter-case: an event, not an office, heads the words before
		// the name, which is the fronted object's complement
		{"de Verhaftung des Anführers", "de", de + "Die Verhaftung des Anführers der „Volksfront Nord“, Peter Roth, verurteilte die EU scharf.", nil},
		{"fr opening adverbial", "fr", fr + "Hier soir devant ses partisans réunis à Velor, Olaf Berg, a déclaré que le scrutin était truqué.", nil},
	})
}
