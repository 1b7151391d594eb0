package article

import "testing"

// TestExtractLangAttribute: a German subject whose participle has its own
// complement between the article and the participle ("Der im Februar
// gestürzte Staatschef X erklärte …") is the subject of the speech verb
// (intl_attribute.go); a preposition's noun that closes a clause before
// the verb is not. Sentences written for the test.
func TestExtractLangAttribute(t *testing.T) {
	const base = "Ivo Kask hat die Präsidentenwahl in Norland gewonnen. "
	runLangCases(t, []langCase{
		{"de im Februar gestürzte", "de", base + "Der im Februar gestürzte Staatschef Olaf Berg erklärte, er respektiere die Wahl der Bürger.",
			[]langRemark{{Reported, "Olaf Berg", "er respektiere die Wahl der Bürger"}}},
		{"de ließ über Medien mitteilen", "de", base + "Der im Februar gestürzte Staatschef Olaf Berg ließ über Medien mitteilen, er respektiere die Wahl.",
			[]langRemark{{Reported, "Olaf Berg", "er respektiere die Wahl"}}},
		{"de seit Jahren inhaftierte", "de", base + "Die seit Jahren inhaftierte Ministerin Lena Dal erklärte, die Wahl sei gefälscht.",
			[]langRemark{{Reported, "Lena Dal", "die Wahl sei gefälscht"}}},
		// counter-case: the article and its attribute follow a preposition,
		// so they open no subject
		{"de über die im Februar gestürzte Regierung", "de", base + "Über die im Februar gestürzte Regierung Olaf Bergs erklärte die Zeitung, sie sei am Ende.", nil},
	})
}
