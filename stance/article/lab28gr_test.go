package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestLab28grObserverRun: an observer mission's hostile reading becomes
// withholding; other speakers, a legitimacy judgement and a rule's own
// reading stay (lab28gr_observer.go). Sentences written for the test.
func TestLab28grObserverRun(t *testing.T) {
	hostile := []float64{0.2, 0.2, 0.6}
	cases := []struct {
		name, code, speaker, role, text string
		byVerb                          bool
		want                            corpus.Label
	}{
		{"ru mission head", "ru", "Ольга Дан", "Глава миссии ОБСЕ", "голосование не отвечало стандартам", false, corpus.Withholding},
		{"ru observer", "ru", "Пётр Лис", "наблюдатель от Совета Европы", "на участках было много нарушений", false, corpus.Withholding},
		{"ru delegation", "ru", "Анна Вейс", "Руководитель делегации Европарламента", "без оппозиции выборы остаются пустой формой", false, corpus.Withholding},
		{"ru mission as speaker", "ru", "Миссия БДИПЧ", "", "кампания прошла без настоящей конкуренции", false, corpus.Withholding},
		{"de observer compound", "de", "Mara Lind", "Sprecherin der Wahlbeobachtungsorganisation", "der Wahlkampf sei zutiefst unfair gewesen", false, corpus.Withholding},
		{"de delegation", "de", "Jonas Berg", "Leiter der Delegation des Europarats", "die Opposition habe keine Chance gehabt", false, corpus.Withholding},
		// near misses
		{"ru commission is no mission", "ru", "Иван Рудь", "Глава избирательной комиссии", "оппозиция лжёт", false, corpus.Hostile},
		{"ru legitimacy", "ru", "Ольга Дан", "Глава миссии ОБСЕ", "отказалась считать итоги законными", false, corpus.Hostile},
		{"de legitimacy", "de", "Mara Lind", "Wahlbeobachterin", "der Wahl fehle jede Legitimität", false, corpus.Hostile},
		{"de a rule's reading", "de", "Mara Lind", "Wahlbeobachterin", "nannte die Wahl eine Farce", true, corpus.Hostile},
		{"de politician", "de", "Timo Raab", "Oppositionsführer", "die Wahl sei gestohlen", false, corpus.Hostile},
		{"en not read", "en", "Jo Roe", "head of the observer mission", "the vote fell short", false, corpus.Hostile},
	}
	c := fixed{}
	for _, tc := range cases {
		a := Analysis{Remark: Remark{Speaker: tc.speaker, Role: tc.role, Text: tc.text}, AboutResult: true, ByVerb: tc.byVerb,
			Prediction: stance.NewPrediction(labels, hostile)}
		Reader{Classifier: c}.lab28grObserverRun(&a, tc.code, tc.text)
		if a.Prediction.Label != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, a.Prediction.Label, tc.want)
		}
	}
	// a recognising observer stays recognising
	a := Analysis{Remark: Remark{Speaker: "Пётр Лис", Role: "наблюдатель от СНГ"}, AboutResult: true,
		Prediction: stance.NewPrediction(labels, []float64{0.7, 0.2, 0.1})}
	Reader{Classifier: c}.lab28grObserverRun(&a, "ru", "выборы прошли честно")
	if a.Prediction.Label != corpus.Recognising {
		t.Errorf("recognising observer: got %s", a.Prediction.Label)
	}
}
