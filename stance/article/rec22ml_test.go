package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRec22mlImperfect: the imperfect of a verb of acting whose perfect
// the lexicon lists is an act too, in French, Spanish and Portuguese, for
// one subject or several (rec22ml_imperfect.go). Sentences written for
// the test.
func TestRec22mlImperfect(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"fr A et B rejetaient", "fr", "Jean Dumas et l'ancien ministre Paul Verrier rejetaient les résultats.",
			[]langRemark{{Action, "Jean Dumas", "rejetaient les résultats"}, {Action, "Paul Verrier", "rejetaient les résultats"}}},
		{"fr annonçait", "fr", "Le député Paul Verrier dénonçait la fraude et annonçait un recours.",
			[]langRemark{{Action, "Paul Verrier", "dénonçait la fraude et annonçait un recours"}}},
		{"es rechazaban", "es", "El exministro Juan Roldán y la diputada Ana Prieto rechazaban el conteo oficial.",
			[]langRemark{{Action, "Juan Roldán", "rechazaban el conteo oficial"}, {Action, "Ana Prieto", "rechazaban el conteo oficial"}}},
		{"pt contestava", "pt", "O deputado Rui Vilaça contestava os números da comissão eleitoral.",
			[]langRemark{{Action, "Rui Vilaça", "contestava os números da comissão eleitoral"}}},
		{"pt reconhecia", "pt", "A senadora Marta Leal reconhecia a vitória do adversário.",
			[]langRemark{{Action, "Marta Leal", "reconhecia a vitória do adversário"}}},
	})
	// counter-case: an imperfect of a verb the lexicon does not list as an
	// act is no act (the one-person fallback may still read the sentence)
	rec22mlNone(t, "fr", "Jean Dumas habitait alors à Lyon.", Action, "")
}

// rec22mlNone asserts that no remark of kind in text is text want (any
// text when want is empty).
func rec22mlNone(t *testing.T, code, text string, kind Kind, want string) {
	t.Helper()
	for _, r := range ExtractLang(text, code) {
		if r.Kind == kind && (want == "" || r.Text == want) {
			t.Errorf("%q: unexpected %v remark %q of %s", text, kind, r.Text, r.Speaker)
		}
	}
}

// TestRec22mlImperfectForms: the derivation itself, with its spelling
// changes and the verbs it leaves alone.
func TestRec22mlImperfectForms(t *testing.T) {
	got := rec22mlImperfects("fr", wordSet(`annoncé exigé rejeté reconnu`))
	assert.ElementsMatch(t, []string{"annonçait", "annonçaient", "exigeait", "exigeaient", "rejetait", "rejetaient"}, got)
	got = rec22mlImperfects("es", wordSet(`rechazaron admitieron rechazó`))
	assert.ElementsMatch(t, []string{"rechazaba", "rechazaban", "admitía", "admitían"}, got)
	got = rec22mlImperfects("pt", wordSet(`contestou reconheceu exigiu recusou-se`))
	assert.ElementsMatch(t, []string{"contestava", "contestavam", "reconhecia", "reconheciam", "exigia", "exigiam"}, got)
	assert.Empty(t, rec22mlImperfects("ru", wordSet(`признал`)))
}

// TestRec22mlAside: an aside between commas after a speech verb, opened
// by a preposition, an adverb before one or a gerund, does not hide the
// complementizer after it (rec22ml_aside.go). Sentences written for the
// test.
func TestRec22mlAside(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es aseguró el domingo, con …, que", "es", "El juez Arturo Neira aseguró el domingo, con pocas mesas computadas, que la tendencia es irreversible.",
			[]langRemark{{Reported, "Arturo Neira", "la tendencia es irreversible"}}},
		{"es afirmó, citando …, que", "es", "La ministra Ana Prieto afirmó, citando datos del tribunal, que el ganador obtuvo la mayoría.",
			[]langRemark{{Reported, "Ana Prieto", "el ganador obtuvo la mayoría"}}},
		{"fr a déclaré lundi, à l'issue de …, que", "fr", "Le ministre Paul Verrier a déclaré lundi, à l'issue d'une réunion, que le vote était régulier.",
			[]langRemark{{Reported, "Paul Verrier", "le vote était régulier"}}},
		{"fr a estimé, devant la presse, qu'il", "fr", "Jean Dumas a estimé mardi soir, devant la presse, qu'il fallait respecter le verdict.",
			[]langRemark{{Reported, "Jean Dumas", "qu'il fallait respecter le verdict"}}},
		{"pt disse, depois de …, que", "pt", "O ministro Rui Vilaça disse na segunda-feira, depois de uma reunião, que a eleição foi limpa.",
			[]langRemark{{Reported, "Rui Vilaça", "a eleição foi limpa"}}},
	})
	// counter-cases: the comma before "que" ends a noun phrase, with no
	// aside; an aside that holds a verb of acting is no aside
	rec22mlNone(t, "es", "Ana Prieto contó a los vecinos del barrio, que protestaban frente al tribunal.", Reported, "protestaban frente al tribunal")
	rec22mlNone(t, "es", "Ana Prieto dijo el lunes, con los militantes que felicitaron al ganador, que votará.", Reported, "votará")
}

// TestRec22mlWhile: a person named right after a contrastive conjunction
// inside another person's act, followed by a verb, has an act of their
// own (rec22ml_while.go). Sentences written for the test.
func TestRec22mlWhile(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es mientras que", "es", "El canciller Tomás Urrutia felicitó al ganador, mientras que el senador Juan Roldán recordó su larga amistad con el presidente electo.",
			[]langRemark{{Action, "Tomás Urrutia", "felicitó al ganador"}, {Action, "Juan Roldán", "recordó su larga amistad con el presidente electo"}}},
		{"fr tandis que, office and name", "fr", "Le ministre Paul Verrier a félicité le vainqueur, tandis que le président de la Commission européenne, Henri Lasalle, s'est réjoui de cette victoire.",
			[]langRemark{{Action, "Paul Verrier", "a félicité le vainqueur"}, {Action, "Henri Lasalle", "s'est réjoui de cette victoire"}}},
		{"pt ao passo que", "pt", "O ministro Rui Vilaça felicitou o vencedor, ao passo que a senadora Marta Leal lamentou a derrota do seu partido.",
			[]langRemark{{Action, "Rui Vilaça", "felicitou o vencedor"}, {Action, "Marta Leal", "lamentou a derrota do seu partido"}}},
		{"ru тогда как", "ru", "Президент Иван Волин поздравил победителя, тогда как премьер Олег Смирнов ограничился сухим заявлением.",
			[]langRemark{{Action, "Иван Волин", "поздравил победителя"}, {Action, "Олег Смирнов", "ограничился сухим заявлением"}}},
		// counter-cases: no person after the conjunction; a relative clause after the name
		{"es mientras que el recuento", "es", "El ministro Luis Mora felicitó al ganador, mientras que el recuento en el norte seguía abierto.",
			[]langRemark{{Action, "Luis Mora", "felicitó al ganador, mientras que el recuento en el norte seguía abierto"}}},
		{"fr tandis que X, qui", "fr", "Le ministre Paul Verrier a félicité le vainqueur, tandis que Jean Dumas, qui dirigeait la campagne, restait introuvable.",
			[]langRemark{{Action, "Paul Verrier", "a félicité le vainqueur, tandis que Jean Dumas, qui dirigeait la campagne, restait introuvable"}}},
	})
}

// TestRec22mlInner: the person who opens a clause a source reports after
// it acts when a word of recognition stands up to ten words after the
// name, past an adverbial, a call or a place opener (rec22ml_inner.go).
// Sentences written for the test.
func TestRec22mlInner(t *testing.T) {
	has := func(text, code, name string) bool {
		for _, r := range ExtractLang(text, code) {
			if r.Kind == Action && r.Speaker == name {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		code, text, name string
		want             bool
	}{
		{"ru", "Иван Волин в понедельник позвонил победителю и поздравил его с победой, сообщили в Кремле.", "Иван Волин", true},
		{"fr", "Jacques Dumas a téléphoné au vainqueur pour le féliciter, a fait savoir l'Élysée.", "Jacques Dumas", true},
		{"es", "Juan Roldán llamó el lunes por la noche al ganador para felicitarlo, informó la Casa Rosada.", "Juan Roldán", true},
		{"pt", "O Presidente Luís Mota telefonou ontem ao vencedor para lhe dar os parabéns, informou a Presidência.", "Luís Mota", true},
		{"fr", "À Paris, Jacques Dumas a téléphoné au vainqueur pour le féliciter, a fait savoir l'Élysée.", "Jacques Dumas", true},
		// counter-cases: no recognition in the clause; recognition past a comma
		{"fr", "Jacques Dumas a reçu lundi des chefs d'entreprise, a fait savoir la présidence.", "Jacques Dumas", false},
		{"es", "Juan Roldán viajó el lunes a la capital, donde otros lo felicitaron, informó la Casa Rosada.", "Juan Roldán", false},
	} {
		assert.Equal(t, c.want, has(c.text, c.code, c.name), c.text)
	}
}

// TestRec22mlAmongAlso: an "also" between the verb of a list of
// congratulators and the list leaves the list read (rec22ml_among.go);
// the Arabic article in Russian or assimilated Latin form stays inside a
// name (lexicon_rec22ml.go). Sentences written for the test.
func TestRec22mlAmongAlso(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"ru были также", "ru", "Среди первых поздравивших были также президент Ростании Игорь Волин и премьер Норландии Лена Даль.",
			[]langRemark{{Action, "Игорь Волин", "Среди первых поздравивших"}, {Action, "Лена Даль", "Среди первых поздравивших"}}},
		{"es estuvieron también", "es", "Entre los primeros en felicitarlo estuvieron también el presidente de Chile, Juan Roldán, y la reina de Norlandia, Ana Prieto.",
			[]langRemark{{Action, "Juan Roldán", "Entre los primeros en felicitarlo"}, {Action, "Ana Prieto", "Entre los primeros en felicitarlo"}}},
		{"fr figuraient aussi", "fr", "Parmi les premiers à féliciter le vainqueur figuraient aussi le président malien, Paul Verrier, et le roi du Maroc, Henri Lasalle.",
			[]langRemark{{Action, "Paul Verrier", "Parmi les premiers à féliciter le vainqueur"}, {Action, "Henri Lasalle", "Parmi les premiers à féliciter le vainqueur"}}},
		{"ru аль-", "ru", "Президент Ростании Омар аль-Рашид поздравил победителя.",
			[]langRemark{{Action, "Омар аль-Рашид", "поздравил победителя"}}},
		{"ru ан-", "ru", "Наследный принц Мухаммед ан-Нахри поздравил победителя.",
			[]langRemark{{Action, "Мухаммед ан-Нахри", "поздравил победителя"}}},
		// counter-case: a list with no word of recognition before its verb is no list of congratulators
		{"ru среди гостей были также", "ru", "Среди гостей вечера были также президент Ростании Игорь Волин и премьер Норландии Лена Даль.", nil},
	})
	assert.True(t, particleName("as-Sadri"))
	assert.False(t, particleName("ан-масса"), "a particle before a lower-case word is no name")
}
