package article

import "testing"

// TestRev27rmlSubjectAfterContrast: with a particle of contrast after a
// bare name, "der" and a masculine office after the verb name its subject
// (rev27rml_contrast.go). Sentences written for the test.
func TestRev27rmlSubjectAfterContrast(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"de object first, der Kanzler after the verb", "de", "Der Oppositionsführer Jan Kral sprach von Betrug. Vogt hingegen gratulierte der Kanzler Paul Weiß noch am Abend.",
			[]langRemark{{Action, "Jan Kral", "sprach von Betrug"}, {Action, "Paul Weiß", "gratulierte der Kanzler Paul Weiß noch am Abend"}}},
		// near-miss: "der Ministerin" is a dative object, the name before the particle stays the subject
		{"de der Ministerin is an object", "de", "Der Senator Max Roth hingegen gratulierte der Ministerin Eva Lang zum Sieg.",
			[]langRemark{{Action, "Max Roth", "hingegen gratulierte der Ministerin Eva Lang zum Sieg"}}},
	})
}

// TestRev27rmlRulingBody: only the ruling of a constitutional, supreme or
// electoral body is taken note of as the vote's (rec27ml_noting.go).
// Sentences written for the test.
func TestRev27rmlRulingBody(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es fallo del Tribunal Supremo Electoral", "es", "El canciller Pablo Sosa tomó nota del fallo del Tribunal Supremo Electoral.",
			[]langRemark{{Action, "Pablo Sosa", "tomó nota del fallo del Tribunal Supremo Electoral"}}},
		{"ru решение ЦИК", "ru", "Министр Павел Орлов принял к сведению решение ЦИК.",
			[]langRemark{{Action, "Павел Орлов", "принял к сведению решение ЦИК"}}},
	})
	// near-misses: a court, a council or a commission ruling on something else
	rec22mlNone(t, "fr", "Le ministre Jean Mavoungou a pris acte de la décision du tribunal de Libreville de condamner trois trafiquants.", Action, "")
	rec22mlNone(t, "es", "La ministra Carmen Díaz tomó nota de la decisión del Consejo de Ministros de subir el impuesto.", Action, "")
	rec22mlNone(t, "de", "Der Außenminister Karl Brandt nahm die Entscheidung der EU-Kommission zu den Agrarzöllen zur Kenntnis.", Action, "")
	rec22mlNone(t, "ru", "Депутат Иван Ломов принял к сведению решение суда по делу о взятке.", Action, "")
}
