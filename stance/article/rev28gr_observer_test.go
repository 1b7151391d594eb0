package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestRev28grObserverNarrowed: titles that hold an observer stem but name
// a government's or party's delegation, a commentator, a board, a
// missionary or "Mrs", and observers who allege fraud in other words or
// give the victory to a rival, keep their hostile reading; observers
// (also an ambassador heading a mission, a mission's spokesman) still
// withhold (rev28gr_observer.go). Sentences written for the test.
func TestRev28grObserverNarrowed(t *testing.T) {
	hostile := []float64{0.2, 0.2, 0.6}
	ctx := stance.Context{Winner: []string{"Лена Даль", "Даль", "Lena Dahl", "Dahl"}, Rivals: []string{"Иво Бранд", "Бранд", "Ivo Brand", "Brand"}}
	cases := []struct {
		name, code, speaker, role, text string
		want                            corpus.Label
	}{
		{"ru Duma delegation", "ru", "Игорь Савин", "Глава делегации Госдумы", "Даль пришла к власти угрозами", corpus.Hostile},
		{"ru party delegation", "ru", "Сергей Мах", "Глава делегации оппозиционной партии", "Даль обманула избирателей", corpus.Hostile},
		{"de government delegation", "de", "Paul Kern", "Leiter der Regierungsdelegation", "Dahl habe die Wähler eingeschüchtert", corpus.Hostile},
		{"de political observer", "de", "Max Roth", "Der politische Beobachter", "Dahl habe sich den Sieg erzwungen", corpus.Hostile},
		{"ru political observer", "ru", "Андрей Бахов", "Политический наблюдатель", "Даль запугала избирателей", corpus.Hostile},
		{"ru supervisory board", "ru", "Павел Орлов", "Председатель наблюдательного совета", "Даль держится за власть обманом", corpus.Hostile},
		{"ru Mrs", "ru", "Миссис Карен Уолш", "", "Даль отняла у народа выбор", corpus.Hostile},
		{"ru missionary", "ru", "Джон Грей", "Миссионер", "Даль превратила страну в вотчину", corpus.Hostile},
		{"ru observer: stolen", "ru", "Анна Вейс", "Глава делегации наблюдателей", "голоса у оппозиции просто украли", corpus.Hostile},
		{"ru observer: swindle", "ru", "Нина Роте", "Наблюдатель ОБСЕ", "это было мошенничество от начала до конца", corpus.Hostile},
		{"de observer: manipulated", "de", "Timo Falk", "OSZE-Beobachter", "das Ergebnis sei manipuliert worden", corpus.Hostile},
		{"de observer: staged", "de", "Eva Korn", "Wahlbeobachterin", "eine reine Inszenierung", corpus.Hostile},
		{"ru observer: rival won", "ru", "Карла Берг", "Глава миссии наблюдателей", "настоящим победителем стал Иво Бранд", corpus.Hostile},
		{"de observer: rival won", "de", "Jan Vogt", "Leiter der Beobachtermission", "der wahre Sieger sei Ivo Brand", corpus.Hostile},
		// observers still withhold
		{"ru spokesman of mission", "ru", "Катя Гласс", "Представитель миссии БДИПЧ", "оппозиция не имела доступа к эфиру", corpus.Withholding},
		{"ru ambassador heads mission", "ru", "Ян Петерсен", "Посол, глава миссии наблюдателей ОБСЕ", "подсчёт был непрозрачным", corpus.Withholding},
		{"ru rival and winner named", "ru", "Ольга Дан", "Глава миссии ОБСЕ", "Даль победила, но Бранд не имел доступа к эфиру", corpus.Withholding},
		{"de ambassador heads mission", "de", "Ina Maas", "Botschafterin, Leiterin der Wahlbeobachtungsmission", "die Auszählung sei undurchsichtig gewesen", corpus.Withholding},
	}
	c := fixed{}
	for _, tc := range cases {
		a := Analysis{Remark: Remark{Speaker: tc.speaker, Role: tc.role, Text: tc.text}, AboutResult: true,
			Prediction: stance.NewPrediction(labels, hostile)}
		Reader{Classifier: c, Context: ctx}.lab28grObserverRun(&a, tc.code, tc.text)
		if a.Prediction.Label != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, a.Prediction.Label, tc.want)
		}
	}
}
