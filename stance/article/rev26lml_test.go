package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestRev26lmlRespectNarrowed: respecting the result under a condition,
// the speaker's own version of it, a call on the declaring body to respect
// it and the noun "respeito" do not recognise; plain respect still does.
func TestRev26lmlRespectNarrowed(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		// still recognising
		{"es", "el gobierno respeta el resultado proclamado por la comisión", true},
		{"pt", "apelou aos partidos para que acatem a decisão do Tribunal Constitucional", true},
		{"es", "su partido respetará el resultado presidencial y solo impugnará mesas concretas", true},
		{"ru", "Мы уважаем решение избирательной комиссии", true},
		{"de", "Wir respektieren das Ergebnis der Wahl", true},
		{"pt", "Eu respeito o resultado anunciado pela comissão", true},
		// conditions
		{"es", "Respetaremos el resultado si el recuento confirma las cifras", false},
		{"fr", "Nous respecterons le verdict s'il est confirmé par la Cour", false},
		{"de", "er werde das Ergebnis respektieren, sobald alle Einsprüche geprüft seien", false},
		{"de", "Ich respektiere das Ergebnis nur, wenn die Stimmen neu ausgezählt werden", false},
		{"ru", "Мы будем уважать итоги, если суд подтвердит их", false},
		{"pt", "respeitaremos o resultado quando o tribunal o validar", false},
		// the speaker's own version
		{"es", "exigió que se respeten los verdaderos resultados de las actas", false},
		{"fr", "a appelé le pouvoir à respecter le résultat réel des urnes", false},
		{"ru", "уважать настоящие итоги голосования", false},
		{"de", "die Regierung müsse das wahre Ergebnis respektieren", false},
		// a call on the declaring body
		{"es", "exigió a la comisión que respete los resultados de su partido", false},
		{"pt", "pediu à comissão que respeite o resultado das atas", false},
		{"fr", "a demandé à la commission électorale de respecter le résultat", false},
		// the noun
		{"pt", "Com todo o respeito pela comissão, o resultado anunciado não reflete a vontade", false},
		{"es", "con el debido respeto, el resultado no es el que votó la gente", false},
	}
	for _, c := range cases {
		if got := lab26mlRespectsResult(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("lab26mlRespectsResult(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestRev26lmlConcessionNarrowed: a concession counts for the aggregation
// only when it is the speaker's own and unconditional.
func TestRev26lmlConcessionNarrowed(t *testing.T) {
	labels := []corpus.Label{corpus.Recognising, corpus.Withholding, corpus.Hostile}
	rec := stance.NewPrediction(labels, []float64{0.8, 0.1, 0.1})
	cases := []struct {
		code, text string
		want       bool
	}{
		// the speaker's own
		{"pt", "reconheceu a derrota sem esconder as queixas", true},
		{"es", "había admitido su derrota la misma noche", true},
		{"fr", "a reconnu sa défaite dès dimanche soir", true},
		{"de", "hatte ihre Niederlage schon am Sonntagabend eingeräumt", true},
		{"de", "räumte seine Niederlage noch am Abend ein", true},
		{"ru", "уже признал поражение", true},
		{"es", "reconoce su derrota y que su partido será oposición", true},
		// someone else's
		{"fr", "Lefèvre a reconnu sa défaite, c'est un bon signe", false},
		{"pt", "Matos reconheceu a derrota", false},
		{"es", "el candidato opositor reconoció la derrota", false},
		{"de", "Kramer hat seine Niederlage eingeräumt", false},
		// denied, refused, only, conditional, counterfactual
		{"es", "todavía no ha reconocido su derrota", false},
		{"es", "se negó a admitir su derrota", false},
		{"pt", "só reconhece a derrota depois da recontagem dos votos", false},
		{"pt", "reconhece a derrota se o Tribunal Constitucional validar as atas", false},
		{"ru", "признал бы поражение, если бы подсчёт был честным", false},
		{"es", "admitirá la derrota hasta que el tribunal confirme", false},
	}
	for _, c := range cases {
		a := Analysis{Remark: Remark{Speaker: "X", Text: c.text}, Prediction: rec, AboutResult: true}
		if got := lab26mlConcession(c.code, a); got != c.want {
			t.Errorf("lab26mlConcession(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestRev26lmlRejectionKept: a conceder's remark the model reads as
// confidently hostile is a rejection and stays in the sum; a complaint
// read with less confidence is still outweighed.
func TestRev26lmlRejectionKept(t *testing.T) {
	labels := []corpus.Label{corpus.Recognising, corpus.Withholding, corpus.Hostile}
	sure := stance.NewPrediction(labels, []float64{0.02, 0.03, 0.95})
	complaint := stance.NewPrediction(labels, []float64{0.1, 0.19, 0.71})
	conceders := map[string]bool{"X": true}
	if lab26mlOutweighed(conceders, Analysis{Remark: Remark{Speaker: "X"}, Prediction: sure}) {
		t.Error("a rejection read at 0.95 was outweighed by the concession")
	}
	if !lab26mlOutweighed(conceders, Analysis{Remark: Remark{Speaker: "X"}, Prediction: complaint}) {
		t.Error("a complaint read at 0.71 was not outweighed by the concession")
	}
}

// TestRev26lmlNotContestNarrowed: a negated contest recognises only when
// the negation is the contest's own and nothing follows that turns it.
func TestRev26lmlNotContestNarrowed(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		// still recognising
		{"fr", "il n'introduira aucun recours contre les résultats", true},
		{"es", "no presentará ningún recurso contra el resultado", true},
		{"fr", "le parti n'entend pas contester le scrutin", true},
		{"pt", "não vai contestar o resultado das eleições nos tribunais", true},
		{"ru", "не будет оспаривать итоги выборов", true},
		// another verb's negation
		{"fr", "Lefèvre n'exclut pas de contester les résultats", false},
		{"fr", "le camp n'exclut aucun recours contre les résultats proclamés", false},
		{"es", "no descarta ningún recurso contra el resultado", false},
		{"pt", "não exclui nenhum recurso contra o resultado", false},
		{"fr", "Il n'existe aucun recours contre ce résultat", false},
		// not yet
		{"es", "Todavía no impugnamos el resultado", false},
		{"pt", "ainda não vai contestar o resultado", false},
		{"ru", "пока не будет оспаривать итоги", false},
		// means, not an appeal
		{"es", "su partido no tiene recursos para impugnar la elección", false},
		// recognition denied after, a reason after
		{"ru", "Мы не будем оспаривать итоги голосования мы их просто не признаём", false},
		{"pt", "não vai contestar o resultado em tribunal porque a justiça está capturada", false},
		{"es", "no impugnará los resultados porque los jueces responden al gobierno", false},
		{"fr", "ne contestera pas les résultats car la Cour est acquise au pouvoir", false},
	}
	for _, c := range cases {
		if got := lab26mlNotContested(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("lab26mlNotContested(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestRev26lmlGoesOn: a run that goes on after its first clause is left
// to the model.
func TestRev26lmlGoesOn(t *testing.T) {
	cases := []struct {
		run  string
		want bool
	}{
		{"Nous ne contesterons pas les résultats ; nous le ferons dans la rue", true},
		{"Мы не будем оспаривать итоги в суде. Мы выведем людей на улицы", true},
		{"Мы не будем оспаривать итоги — мы их не признаём", true},
		{"no impugnará los resultados ante el tribunal electoral y deseó suerte a la presidenta", false},
		{"il ne contestera pas les résultats devant la Cour.", false},
	}
	for _, c := range cases {
		if got := rev26lmlGoesOn(c.run); got != c.want {
			t.Errorf("rev26lmlGoesOn(%q) = %v, want %v", c.run, got, c.want)
		}
	}
}

// TestRev26lmlArticles runs the reader on project-written articles: the
// misfires of the probe set, fixed, and a gain kept.
func TestRev26lmlArticles(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Elena Vidal", "Vidal"}, Rivals: []string{"Tomás Herrera", "Herrera"}}
	cases := []struct{ code, text, speaker, want string }{
		{"fr", "Elena Vidal a été proclamée élue. « Herrera a reconnu sa défaite, c'est un bon signe », a dit l'observatrice Sophie Lambert. Elle a ajouté que la mission attendait la publication des procès-verbaux bureau par bureau avant de se prononcer sur la crédibilité du scrutin.", "Sophie Lambert", "withholding"},
		{"ru", "Центризбирком объявил Елену Видаль победительницей. Эрерра признал поражение. «Но эти выборы не были ни свободными, ни честными, и у новой власти нет легитимности», — сказал Эрерра на следующий день.", "Эрерра", "hostile"},
		{"es", "La comisión proclamó ganadora a Elena Vidal. «Respetaremos el resultado si el recuento confirma las cifras de la comisión», dijo Tomás Herrera, que pidió revisar las actas de tres provincias.", "Tomás Herrera", "withholding"},
		{"pt", "A comissão declarou Elena Vidal vencedora. Tomás Herrera garantiu que o partido não vai contestar o resultado das eleições nos tribunais.", "Tomás Herrera", "recognising"},
	}
	for _, c := range cases {
		checkSpeakerStance(t, ctx, c.code, c.text, c.speaker, c.want)
	}
}
