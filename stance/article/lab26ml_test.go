package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func TestLab26mlRespectsResult(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"pt", "O governo respeita as instituições do país e a decisão do Tribunal Constitucional", true},
		{"pt", "apelou à oposição para respeitar o resultado anunciado pela comissão", true},
		{"es", "su gobierno respeta el resultado anunciado por el tribunal electoral", true},
		{"es", "pidió a los partidos que acaten el fallo del tribunal", true},
		{"fr", "Nous respectons le verdict des urnes", true},
		{"fr", "la France respecte la décision du Conseil constitutionnel", true},
		{"de", "Das Ergebnis respektiere die Regierung", true},
		{"de", "wir respektieren die Entscheidung der Wahlkommission", true},
		{"ru", "Я уважаю итоги голосования и желаю стране мира", true},
		{"ru", "Москва уважает решение избиркома", true},
		// near misses
		{"pt", "Não respeitaremos um resultado fabricado pela comissão", false},
		{"es", "exigió a ambos partidos respetar el resultado final, sea cual sea", false},
		{"es", "respetamos el resultado, pero no reconocemos al ganador", false},
		{"fr", "Nous respecterons le résultat jusqu'à ce que le Conseil statue", false},
		{"es", "nos quedamos en la calle hasta que se respete el resultado", false},
		{"es", "respetamos el resultado real, no este fraude", false},
		{"de", "China respektiere die Wahl des Volkes", false},
		{"es", "Respetamos la decisión soberana de los ecuatorianos", false},
		{"de", "er werde die Entscheidung des ukrainischen Volkes respektieren", false},
		{"es", "el gobierno respeta esa decisión", true},
		{"ru", "Мы уважаем выбор народа", false},
		{"de", "das Ergebnis respektiere er nicht", false},
		{"en", "we respect the result", false},
	}
	for _, c := range cases {
		if got := lab26mlRespectsResult(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("lab26mlRespectsResult(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

func TestLab26mlConcession(t *testing.T) {
	labels := []corpus.Label{corpus.Recognising, corpus.Withholding, corpus.Hostile}
	rec := stance.NewPrediction(labels, []float64{0.8, 0.1, 0.1})
	hos := stance.NewPrediction(labels, []float64{0.1, 0.1, 0.8})
	cases := []struct {
		code, text string
		p          stance.Prediction
		about      bool
		want       bool
	}{
		{"pt", "reconheceu a derrota sem esconder as queixas", rec, true, true},
		{"ru", "признал поражение, хотя и не без оговорок", rec, true, true},
		{"es", "admitió su derrota el domingo", rec, true, true},
		{"fr", "a reconnu sa défaite dimanche soir", rec, true, true},
		{"es", "reconoció la derrota de su partido", rec, true, true},
		// near misses
		{"pt", "não reconheceu a derrota", rec, true, false},
		{"ru", "не признал поражение", rec, true, false},
		{"es", "reconoció errores en la campaña", rec, true, false},
		{"es", "admitió su derrota", hos, true, false},
		{"fr", "a reconnu sa défaite", rec, false, false},
	}
	for _, c := range cases {
		a := Analysis{Remark: Remark{Speaker: "X", Text: c.text}, Prediction: c.p, AboutResult: c.about}
		if got := lab26mlConcession(c.code, a); got != c.want {
			t.Errorf("lab26mlConcession(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

func TestLab26mlOutweighed(t *testing.T) {
	labels := []corpus.Label{corpus.Recognising, corpus.Withholding, corpus.Hostile}
	hos := stance.NewPrediction(labels, []float64{0.1, 0.1, 0.8})
	rec := stance.NewPrediction(labels, []float64{0.8, 0.1, 0.1})
	conceders := map[string]bool{"X": true}
	cases := []struct {
		name string
		a    Analysis
		want bool
	}{
		{"complaint of a conceder", Analysis{Remark: Remark{Speaker: "X"}, Prediction: hos}, true},
		{"rule-labelled charge", Analysis{Remark: Remark{Speaker: "X"}, Prediction: hos, ByVerb: true}, false},
		{"recognising remark", Analysis{Remark: Remark{Speaker: "X"}, Prediction: rec}, false},
		{"another speaker", Analysis{Remark: Remark{Speaker: "Y"}, Prediction: hos}, false},
	}
	for _, c := range cases {
		if got := lab26mlOutweighed(conceders, c.a); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

// TestLab26mlArticles runs the reader on project-written articles: a
// concession outweighs the loser's complaints; a refused concession does
// not.
func TestLab26mlArticles(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Marta Ruiz", "Ruiz"}, Rivals: []string{"Pablo Llano", "Llano"}}
	cases := []struct{ code, text, speaker, want string }{
		{"pt", "Marta Ruiz venceu a segunda volta. Pablo Llano reconheceu a derrota sem esconder as queixas acumuladas na campanha. Llano disse depois que a comissão eleitoral tinha favorecido o partido do governo em várias províncias e que a imprensa pública o ignorou durante meses.", "Pablo Llano", "recognising"},
		{"pt", "Marta Ruiz venceu a segunda volta. Pablo Llano não reconheceu a derrota e disse que a comissão eleitoral tinha favorecido o partido do governo e manipulado as atas em várias províncias.", "Pablo Llano", "hostile"},
		{"fr", "Marta Ruiz a été proclamée élue. « Nous respectons le verdict des urnes », a déclaré le ministre Paul Garnier lors d'une conférence de presse à Paris.", "Paul Garnier", "recognising"},
	}
	for _, c := range cases {
		checkSpeakerStance(t, ctx, c.code, c.text, c.speaker, c.want)
	}
}

func TestLab26mlNotContested(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "anunció que no impugnará los resultados ante el tribunal", true},
		{"es", "el partido no va a impugnar la elección", true},
		{"es", "no presentará recursos contra el resultado", true},
		{"pt", "não vai contestar o resultado na justiça", true},
		{"pt", "afirmou que não recorrerá do resultado", true},
		{"fr", "il ne contestera pas les résultats devant le Conseil", true},
		{"fr", "il n'introduira aucun recours contre les résultats", true},
		{"fr", "le parti n'entend pas contester le scrutin", true},
		{"ru", "не будет оспаривать итоги выборов в суде", true},
		{"ru", "не станет оспаривать результаты голосования", true},
		// near misses
		{"es", "no descarta impugnar los resultados", false},
		{"es", "impugnará los resultados ante el tribunal", false},
		{"pt", "não está a contestar o resultado, mas quer que se esclareçam as dúvidas", false},
		{"es", "no impugnará la candidatura del senador", false},
		{"fr", "ne contestera pas le résultat tant que le Conseil n'a pas statué", false},
		{"ru", "не исключил, что будет оспаривать итоги", false},
		{"pt", "não vai contestar o resultado desta fraude", false},
		{"pt", "a organização não reconhece nem contesta os resultados", false},
		{"es", "el partido ni reconoce ni impugna el resultado", false},
		{"fr", "il ne reconnaît ni ne conteste le résultat", false},
		{"ru", "не признаёт и не оспаривает итоги", false},
	}
	for _, c := range cases {
		if got := lab26mlNotContested(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("lab26mlNotContested(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// checkSpeakerStance reads text in language code with that language's
// default model and ctx, and checks speaker's summed-up stance ("" when
// the speaker is not found).
func checkSpeakerStance(t *testing.T, ctx stance.Context, code, text, speaker, want string) {
	t.Helper()
	m, err := stance.DefaultLanguage(code)
	if err != nil {
		t.Fatal(err)
	}
	res := Reader{Classifier: m, Lang: code, Context: ctx}.Analyze(text)
	got := ""
	for _, s := range res.Speakers {
		if s.Speaker == speaker {
			got = string(s.Stance)
		}
	}
	if got != want {
		t.Errorf("%q: %s got %q, want %q", text[:40], speaker, got, want)
	}
}
