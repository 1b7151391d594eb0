package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// lab24mlContext is the election of the tests' sentences.
var lab24mlContext = stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal"}}

// TestLab24mlCalledVerdict: calling the result something disparaging is
// hostile, calling the victory something praising recognises
// (calledVerdict); negated, contrasted, one's own side's result, another
// object or a rival's victory give none. Sentences written for the test.
func TestLab24mlCalledVerdict(t *testing.T) {
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"de", "nannte das Ergebnis „sehr peinlich für das Land“", verdictHostile},
		{"de", "bezeichnete den Wahlausgang als Schande für Europa", verdictHostile},
		{"de", "wertete das Wahlergebnis als „gefährlich“", verdictHostile},
		{"de", "nannte den Sieg verdient", verdictRecognising},
		{"es", "calificó el resultado de una vergüenza para el continente", verdictHostile},
		{"es", "tildó la elección de triste espectáculo", verdictHostile},
		{"es", "calificó la victoria de contundente", verdictRecognising},
		{"pt", "classificou o resultado como lamentável para a democracia", verdictHostile},
		{"pt", "chamou a reeleição de “uma vitória de todo o país”", verdictRecognising},
		{"pt", "classificou a vitória como “histórica”", verdictRecognising},
		{"fr", "a qualifié le résultat de désastre pour la démocratie", verdictHostile},
		{"fr", "a qualifié la victoire d'historique", verdictRecognising},
		{"ru", "назвал итоги выборов «позорными для страны»", verdictHostile},
		{"ru", "назвала победу убедительной", verdictRecognising},
		// near-misses
		{"de", "nannte das Ergebnis nicht peinlich", verdictNone},
		{"de", "nannte den Wahlkampf schmutzig und peinlich", verdictNone},
		{"de", "nannte das Ergebnis für seine Partei schlecht", verdictNone},
		{"de", "nannte das Ergebnis klar", verdictNone},
		{"de", "nannte den Sieg von Dal verdient", verdictNone},
		{"es", "calificó el resultado de triste para su partido", verdictNone},
		{"es", "no calificó la victoria de histórica", verdictNone},
		{"es", "calificó el resultado de triste, pero lo acepta", verdictNone},
		{"pt", "classificou o resultado como mau, mas aceitou a derrota", verdictNone},
		{"fr", "n'a pas qualifié le scrutin de désastre", verdictNone},
		{"ru", "назвал итоги для своей партии плохими", verdictNone},
		{"ru", "не назвал победу убедительной", verdictNone},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, calledVerdict(lab24mlContext, c.code, c.text), "%s: %s", c.code, c.text)
	}
}

// TestLab24mlCalledComplement: a quotation right after an act that ends
// with a verb of calling is one run with the act (calledComplement);
// after another act, or a quotation said apart, it is not, and the
// quotation that follows the complement opens a run of its own.
// Sentences written for the test.
func TestLab24mlCalledComplement(t *testing.T) {
	cases := []struct {
		code, text string
		joined     bool
	}{
		{"de", "Der Abgeordnete Jonas Weber nannte den Ausgang der Wahl eine „Schande für die Demokratie“.", true},
		{"es", "La senadora Carmen Vidal calificó el resultado de “una vergüenza para el continente”.", true},
		{"pt", "O deputado Nuno Sá classificou o resultado como “lamentável para a democracia”.", true},
		{"fr", "Le député Alain Faye a qualifié le résultat de « désastre pour la démocratie ».", true},
		// near-misses: no verb of calling before the quotation
		{"de", "Der Abgeordnete Jonas Weber kritisierte das Ergebnis. „Das ist eine Schande“, sagte er.", false},
		{"es", "La senadora Carmen Vidal felicitó a Kask “de todo corazón”.", false},
	}
	for _, c := range cases {
		rs := extractLang(c.text, c.code)
		joined := false
		for i, rm := range rs {
			if rm.Kind == Direct && i > 0 && rs[i-1].Kind == Action && rm.Run == rs[i-1].Run {
				joined = true
			}
		}
		assert.Equal(t, c.joined, joined, "%s: %s %+v", c.code, c.text, rs)
	}
}

// TestLab24mlCalledRun: a German act calling the result a disgrace, with
// its quoted complement, is hostile by rule, and so is the complement;
// one praising the victory is recognising. Sentences written for the
// test.
func TestLab24mlCalledRun(t *testing.T) {
	m, err := stance.DefaultLanguage("de")
	if err != nil {
		t.Fatal(err)
	}
	r := Reader{Classifier: m, Lang: "de", Context: lab24mlContext}
	res := r.Analyze("Der Abgeordnete Jonas Weber nannte den Ausgang der Wahl eine „Schande für die Demokratie“.")
	if assert.Len(t, res.Remarks, 2) {
		for _, a := range res.Remarks {
			assert.True(t, a.ByVerb)
			assert.Equal(t, corpus.Hostile, a.Prediction.Label)
		}
	}
	res = r.Analyze("Außenminister Frank Roth bezeichnete den Sieg als verdient.")
	if assert.Len(t, res.Remarks, 1) {
		assert.True(t, res.Remarks[0].ByVerb)
		assert.Equal(t, corpus.Recognising, res.Remarks[0].Prediction.Label)
	}
}

// TestLab24mlMocked: a remark whose attribution has a verb of mocking is
// hostile by rule, in every language of mockVerbs, whatever its literal
// words; a plain verb of saying, "se moquer de" (indifference) or a
// verb of mocking in another sentence leave it to the model. Sentences
// written for the test.
func TestLab24mlMocked(t *testing.T) {
	checkMocked(t, []mockCase{
		{"de", "„Glückwunsch zu diesem gewaltigen Triumph“, spottete die Abgeordnete Miriam Kohl.", true},
		{"de", "Der Abgeordnete Jonas Weber höhnte, Kask habe „die Wahl seines Lebens“ gewonnen.", true},
		{"es", "“Felicidades al presidente por ganar sin rivales”, ironizó el diputado Raúl Soto.", true},
		{"pt", "O deputado Nuno Sá ironizou: «Parabéns ao Presidente, que ganhou sozinho».", true},
		{"fr", "« Bravo pour cette belle victoire sans adversaire », a ironisé le sénateur Alain Faye.", true},
		{"ru", "«Поздравляю президента с блестящей победой», – иронизировал депутат Олег Смирнов.", true},
		// near-misses
		{"de", "„Glückwunsch zu diesem Sieg“, sagte die Abgeordnete Miriam Kohl.", false},
		{"fr", "« Je me moque de qui gagne », a dit le sénateur Alain Faye.", false},
		{"es", "El diputado Raúl Soto ironizó sobre el clima. “Felicito al presidente electo”, dijo después.", false},
	})
}

// TestLab24mlMockRun: a congratulation said in mockery is hostile by
// rule; the same words said plainly are left to the model. Sentences
// written for the test.
func TestLab24mlMockRun(t *testing.T) {
	m, err := stance.DefaultLanguage("fr")
	if err != nil {
		t.Fatal(err)
	}
	r := Reader{Classifier: m, Lang: "fr", Context: lab24mlContext}
	res := r.Analyze("« Bravo pour cette belle victoire », a ironisé le sénateur Alain Faye.")
	if assert.Len(t, res.Remarks, 1) {
		assert.True(t, res.Remarks[0].ByVerb)
		assert.Equal(t, corpus.Hostile, res.Remarks[0].Prediction.Label)
	}
	res = r.Analyze("« Bravo pour cette belle victoire », a dit le sénateur Alain Faye.")
	if assert.Len(t, res.Remarks, 1) {
		assert.False(t, res.Remarks[0].ByVerb)
	}
}

// mockCase is a sentence, its language and whether one of its remarks is
// said in mockery (mockedNear).
type mockCase struct {
	code, text string
	want       bool
}

// checkMocked asserts mockedNear's answer on every remark of each case.
func checkMocked(t *testing.T, cases []mockCase) {
	t.Helper()
	for _, c := range cases {
		rs := extractLang(c.text, c.code)
		got := false
		for _, rm := range rs {
			if rm.Kind != Action && mockedNear(c.code, c.text, rm) {
				got = true
			}
		}
		assert.Equal(t, c.want, got, "%s: %s %+v", c.code, c.text, rs)
	}
}
