package article

import "testing"

// TestRev29romStopShortGuards: only a verdict stopped short of withholds,
// and not with a contrast after it. Sentences written for the test.
func TestRev29romStopShortGuards(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "criticó el cómputo, sin llegar a calificar la elección de fraude", true},
		{"pt", "elogiou a calma, sem chegar a falar de eleição limpa", true},
		{"fr", "a émis des réserves, sans aller jusqu'à contester le scrutin", true},
		// near misses: a trip, a share, a demand, a contrast
		{"es", "felicitó a Kask por teléfono, sin llegar a viajar a la investidura", false},
		{"pt", "nunca chegou a visitar a fábrica de Setúbal", false},
		{"es", "cuyo partido no llegó a superar el umbral, felicitó a Kask", false},
		{"es", "calificó la elección de fraude, sin llegar a pedir la anulación", false},
		{"fr", "n'est pas allé jusqu'à parler de fraude, mais il a qualifié le scrutin de mascarade", false},
	}
	for _, c := range cases {
		if got := lab29romStopsShort(c.code, c.text); got != c.want {
			t.Errorf("lab29romStopsShort(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestRev29romVictoryOver: a rival beaten ("sobre X", "face à X") is no
// rival's victory; a rival named "Frente …" still is one.
func TestRev29romVictoryOver(t *testing.T) {
	acts := []struct {
		code, text string
		want       actionVerdict
	}{
		{"es", "reconoció el triunfo oficialista sobre Eva Sand", verdictRecognising},
		{"fr", "a reconnu la victoire du camp présidentiel face à Eva Sand", verdictRecognising},
		{"es", "reconoció la victoria de Eva Sand", verdictHostile},
		{"es", "reconoció la victoria de Eva Sand en las municipales de Soria", verdictRecognising},
	}
	for _, c := range acts {
		if got := lexicons[c.code].actionVerdict(lab29romCtx, c.text); got != c.want {
			t.Errorf("actionVerdict(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
	if rivalElectIn(lab29romCtx, "es", "dijo que la victoria frente a Alianza Norte fue contundente") {
		t.Errorf("rivalElectIn read the beaten rival as the victor")
	}
	if !rivalElectIn(lab29romCtx, "es", "dijo que las actas prueban la victoria de Alianza Norte") {
		t.Errorf("rivalElectIn missed the rival's victory")
	}
}

// TestRev29romCelebratedGuards: another result celebrated is no
// recognition, an ideal's victory is; a rival's celebration of a victory
// is left to the model.
func TestRev29romCelebratedGuards(t *testing.T) {
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"es", "celebró los resultados de la balanza comercial", verdictNone},
		{"pt", "comemorou o resultado da auditoria", verdictNone},
		{"fr", "a célébré le triomphe de l'équipe nationale", verdictNone},
		{"pt", "celebrou a vitória da esperança", verdictRecognising},
		{"es", "celebró el resultado de las elecciones", verdictRecognising},
		{"es", "festejó el triunfo de Ivo Kask", verdictRecognising},
	}
	for _, c := range cases {
		if got := lexicons[c.code].actionVerdict(lab29romCtx, c.text); got != c.want {
			t.Errorf("actionVerdict(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
	es := lexicons["es"]
	if got := es.rev29romRivalCelebrant(lab29romCtx, "Eva Sand", "festejó la victoria con sus partidarios", verdictRecognising); got != verdictNone {
		t.Errorf("rival celebrant: got %v, want none", got)
	}
	if got := es.rev29romRivalCelebrant(lab29romCtx, "Eva Sand", "festejó la victoria de Ivo Kask", verdictRecognising); got != verdictRecognising {
		t.Errorf("rival celebrating the winner: got %v, want recognising", got)
	}
	if got := es.rev29romRivalCelebrant(lab29romCtx, "Pedro Gil", "festejó la victoria con sus partidarios", verdictRecognising); got != verdictRecognising {
		t.Errorf("non-rival celebrant: got %v, want recognising", got)
	}
}

// TestRev29romTamperDisowned: a denied, attempted or opposition's
// tampering is no accusation of the result.
func TestRev29romTamperDisowned(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"negó que las actas hayan sido alteradas para darle la victoria a Kask", false},
		{"acusó a la oposición de intentar alterar actas para darle la victoria a Sand", false},
		{"a accusé l'opposition d'avoir falsifié des procès-verbaux pour revendiquer la victoire", false},
		{"recordó que en 1998 el régimen alteró las actas para darle la victoria a su candidato", false},
		{"afirmou que o conselho adulterou boletins para assegurar o triunfo de Kask", true},
	}
	for _, c := range cases {
		if got := lab29romRiggedFor(actionWords(c.text)); got != c.want {
			t.Errorf("lab29romRiggedFor(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRev29romOtherRaceAndFraud: a rival's victory in another or a past
// race is no claim on the result (a year in a name still is one); a stop
// short after a word of fraud is left to the model.
func TestRev29romOtherRaceAndFraud(t *testing.T) {
	reported := []struct {
		code, text string
		want       bool
	}{
		{"fr", "a rappelé que la victoire de Eva Sand aux législatives de 2019 avait surpris", false},
		{"es", "recordó el triunfo de Eva Sand en las primarias", false},
		{"fr", "a revendiqué la victoire de la plateforme Alianza Norte 2023", true},
	}
	for _, c := range reported {
		if got := rivalElectIn(lab29romCtx, c.code, c.text); got != c.want {
			t.Errorf("rivalElectIn(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
	if lab29romStopsShort("fr", "a dénoncé des fraudes massives, sans pour autant reconnaître la victoire de Kask") {
		t.Errorf("stop short after a word of fraud")
	}
	if !lab29romStopsShort("es", "dudó del escrutinio, sin llegar a hablar de fraude") {
		t.Errorf("stop short before a word of fraud missed")
	}
}
