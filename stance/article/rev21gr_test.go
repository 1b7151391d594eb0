package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// Sentences written for the review rev21gr: near-misses of session 21's
// German and Russian rules that the rules misread, with a case each rule
// must still read (rev21gr_narrow.go).

// TestRev21grOfficePair: a plural office before two names between commas
// is no apposition when a verb or a second word for people comes between
// them (gr22_officepair.go).
func TestRev21grOfficePair(t *testing.T) {
	runLangCases(t, []langCase{
		{"de Sprecher der Kandidaten, A und B,", "de", "Die Sprecher der beiden Kandidaten, Ivo Kask und Lena Dal, erklärten, die Auszählung laufe noch.", nil},
		{"ru Советники кандидатов, A и B,", "ru", "Советники кандидатов, Иво Каск и Лена Даль, отказались от комментариев.", nil},
		{"de Die Minister sagten, A und B, so hieß es,", "de", "Die Minister sagten, Ivo Kask und Lena Dal, so hieß es, sollten die Gespräche führen.",
			[]langRemark{{Reported, "Minister", "Ivo Kask und Lena Dal, so hieß es, sollten die Gespräche führen"}}},
		// still read: an office with a country complement
		{"de Die Präsidenten Polens und Tschechiens, A und B,", "de", "Die Präsidenten Polens und Tschechiens, Jan Nowak und Petr Dvořák, gratulierten noch am Abend.",
			[]langRemark{{Action, "Jan Nowak", "gratulierten noch am Abend"}, {Action, "Petr Dvořák", "gratulierten noch am Abend"}}},
		{"ru Президенты Франции и Германии, A и B,", "ru", "Президенты Франции и Германии, Пьер Мартен и Ханс Мюллер, поздравили победителя.",
			[]langRemark{{Action, "Пьер Мартен", "поздравили победителя"}, {Action, "Ханс Мюллер", "поздравили победителя"}}},
	})
}

// TestRev21grOfficeFirst: the Russian office before a genitive country
// opens the name in the fallback only when the sentence tells an act of
// congratulating, recognising or speaking (gr22_officefirst.go).
func TestRev21grOfficeFirst(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"ru победителем стал президент X", "ru", "В 2018 году победителем выборов стал действующий президент Ростании Игорь Волин.", nil},
		{"ru присутствовал президент X", "ru", "На церемонии присутствовал президент Ростании Игорь Волин.", nil},
		{"ru председателем стал министр X", "ru", "Председателем комиссии стал министр юстиции Ростании Игорь Волин.", nil},
		// still read: the act before the copula
		{"ru среди поздравивших был премьер X", "ru", "Среди первых, кто поздравил победителя, был премьер-министр Норландии Лена Даль.",
			[]langRemark{{Reported, "Лена Даль", "Среди первых, кто поздравил победителя, был"}}},
	})
}

// TestRev21grPeopleAndWinner: the people congratulated together with the
// winner by office, by a compound of the result or by an inflected
// surname is recognising (ml21_people.go); the people alone withhold.
func TestRev21grPeopleAndWinner(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Andrej Sokolow", "Sokolow", "Андрей Соколов", "Соколов"}, Rivals: []string{"Olaf Berg", "Berg"}}
	cases := []struct {
		l    *langLexicon
		text string
		want actionVerdict
	}{
		{&german, "gratulierte dem Volk und dem neuen Präsidenten", verdictRecognising},
		{&german, "gratulierte dem Volk und dem Wahlsieger", verdictRecognising},
		{&german, "gratulierte den Wählern zu ihrer hohen Beteiligung und dem Präsidenten zu seinem Sieg", verdictRecognising},
		{&russian, "поздравил народ и новоизбранного президента", verdictRecognising},
		{&russian, "поздравил народ и главу государства", verdictRecognising},
		{&russian, "поздравил народ с избранием Соколова", verdictRecognising},
		{&russian, "поздравил избирателей с высокой явкой, а Соколова — с победой", verdictRecognising},
		// the people alone
		{&german, "gratulierte dem Volk zu einer friedlichen Wahl", verdictWithholding},
		{&russian, "поздравил народ с мирным голосованием", verdictWithholding},
		{&russian, "поздравил граждан с выборами в Соколовке", verdictWithholding},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, c.l.actionVerdict(ctx, c.text), c.text)
	}
}

// TestRev21grNameQuote: a short capitalised quotation after a Russian
// verb names a newspaper or a party, no words of the subject's
// (ml21_objectquote.go).
func TestRev21grNameQuote(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru сообщил «Интерфаксу»", "ru", "Об этом Иван Петров сообщил «Интерфаксу».", nil},
		{"ru рассказал «Коммерсанту»", "ru", "Министр Иван Петров рассказал «Коммерсанту».", nil},
		// still read: a lower-case object quotation
		{"ru заявила о «краже голосов»", "ru", "Анна Белова заявила о «краже голосов».",
			[]langRemark{{Direct, "Анна Белова", "краже голосов"}}},
	})
}

// TestRev21grCoSubject: the people after a plural speech verb get a joint
// quotation only as its subjects, not when named after a preposition or
// a noun that is no office (ml21_coquote.go).
func TestRev21grCoSubject(t *testing.T) {
	q := "Мы поздравляем победителя"
	runLangCases(t, []langCase{
		{"ru заявили в штабах A и B", "ru", "«Мы поздравляем победителя», — заявили в штабах Ивана Петрова и Ольги Смирновой.",
			[]langRemark{{Direct, "Ивана Петрова", q}}},
		{"ru сообщили в МИД и посольстве A", "ru", "«Мы подождем официальных итогов», — сообщили в МИД Ростании и посольстве Ивана Петрова.",
			[]langRemark{{Direct, "МИД Ростании", "Мы подождем официальных итогов"}}},
		// still read: two officials as subjects, also past an adverbial
		{"ru отметили министр A и министр B", "ru", "«Мы поздравляем победителя», — отметили министр Иван Петров и министр Ольга Смирнова.",
			[]langRemark{{Direct, "Иван Петров", q}, {Direct, "Ольга Смирнова", q}}},
		{"de erklärten dagegen A und B", "de", "„Wir warten ab“, erklärten dagegen Eva Koch und Paul Lenz.",
			[]langRemark{{Direct, "Eva Koch", "Wir warten ab"}, {Direct, "Paul Lenz", "Wir warten ab"}}},
		{"ru заявили в заявлении министр A и министр B", "ru", "«Мы поздравляем победителя», — заявили в совместном заявлении министр Иван Петров и министр Ольга Смирнова.",
			[]langRemark{{Direct, "Иван Петров", q}, {Direct, "Ольга Смирнова", q}}},
	})
}

// TestRev21grCoSubjectAfterPreposition: the second of two people named
// after a preposition ("Anhänger von A und B") gets no copy of the
// quotation (ml21_coquote.go).
func TestRev21grCoSubjectAfterPreposition(t *testing.T) {
	for _, text := range []string{
		"„Die Wahl war gefälscht“, sagten Anhänger von Ivo Kask und Lena Dal.",
		"„Die Wahl war gefälscht“, riefen Unterstützer von Ivo Kask und Lena Dal.",
	} {
		rs := ExtractLang(text, "de")
		for _, r := range rs {
			assert.NotEqual(t, "Lena Dal", r.Speaker, text)
		}
	}
}
