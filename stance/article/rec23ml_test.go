package article

import "testing"

// TestRec23mlGermanOpenerBeforeQuote: an adverb or comparative opening a
// German sentence before a verb of saying and a quotation is not the
// speaker; the person after the verb is. A name known before, or a
// person after the verb as its dative object, leaves the opener the
// subject. Sentences written for the test.
func TestRec23mlGermanOpenerBeforeQuote(t *testing.T) {
	runLangCases(t, []langCase{
		{"de comparative, office after sich", "de", "Schärfer äußerte sich der Abgeordnete Karl Brenner: „Das Ergebnis ist gefälscht.“", []langRemark{{Direct, "Karl Brenner", "Das Ergebnis ist gefälscht."}}},
		{"de comparative, bare full name after sich", "de", "Vorsichtiger äußerte sich Karl Brenner: „Wir warten die Prüfung ab.“", []langRemark{{Direct, "Karl Brenner", "Wir warten die Prüfung ab."}}},
		{"de comparative before wurde", "de", "Deutlicher wurde die Ministerin Anna Roth: „Diese Wahl war nicht frei.“", []langRemark{{Direct, "Anna Roth", "Diese Wahl war nicht frei."}}},
		{"de known surname opens", "de", "Karl Brenner sprach lange. Brenner äußerte sich am Abend: „Das Ergebnis ist gefälscht.“", []langRemark{{Direct, "Karl Brenner", "Das Ergebnis ist gefälscht."}}},
		{"de dative object after the verb", "de", "Brenner sagte dem Sender Anna Roth: „Das Ergebnis ist gefälscht.“", []langRemark{{Direct, "Brenner", "Das Ergebnis ist gefälscht."}}},
	})
}

// TestRec23mlSignedOpening: the signers of a document named in an opening
// adverbial take the act of the clause's subject. A document read (not
// signed) by someone, or a signed document that is the verb's object,
// adds nobody. Sentences written for the test.
func TestRec23mlSignedOpening(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr cosigned statement", "fr", "Dans une déclaration cosignée par Paul Eto et Marc Abena, le député Jean Ngono a rejeté les chiffres officiels.", []langRemark{{Action, "Paul Eto", "a rejeté les chiffres officiels"}, {Action, "Marc Abena", "a rejeté les chiffres officiels"}, {Action, "Jean Ngono", "a rejeté les chiffres officiels"}}},
		{"es signed statement", "es", "En una declaración firmada por Paul Eto y Marc Abena, el diputado Jean Ngono rechazó las cifras oficiales.", []langRemark{{Action, "Paul Eto", "rechazó las cifras oficiales"}, {Action, "Marc Abena", "rechazó las cifras oficiales"}, {Action, "Jean Ngono", "rechazó las cifras oficiales"}}},
		{"pt one signer", "pt", "Em nota assinada por Paul Eto, o senador Jean Ngono contestou os números oficiais.", []langRemark{{Action, "Paul Eto", "contestou os números oficiais"}, {Action, "Jean Ngono", "contestou os números oficiais"}}},
		{"fr three signers, reading participle", "fr", "Lisant une déclaration commune signée par Paul Eto, Marc Abena et Luc Owona, la députée Anne Ngono a dénoncé des fraudes massives.", []langRemark{{Action, "Paul Eto", "a dénoncé des fraudes massives"}, {Action, "Marc Abena", "a dénoncé des fraudes massives"}, {Action, "Luc Owona", "a dénoncé des fraudes massives"}, {Action, "Anne Ngono", "a dénoncé des fraudes massives"}}},
		{"fr document read by, not signed", "fr", "Dans une déclaration lue par Paul Eto, le député Jean Ngono a rejeté les chiffres officiels.", []langRemark{{Action, "Jean Ngono", "a rejeté les chiffres officiels"}}},
		{"fr signed document as the object", "fr", "Le député Jean Ngono a rejeté la déclaration signée par Paul Eto et Marc Abena.", []langRemark{{Action, "Jean Ngono", "a rejeté la déclaration signée par Paul Eto et Marc Abena"}}},
	})
}
