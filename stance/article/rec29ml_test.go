package article

import "testing"

// TestRec29mlFrenchAddressee: French skips whom a remark was said to
// between an inverted speech verb and its subject, as Spanish and
// Portuguese do ("», a déclaré à la presse X"), and "m'a" is an
// auxiliary ("X m'a confié que …"). Sentences written for the test.
func TestRec29mlFrenchAddressee(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr a déclaré à la presse X, qui …", "fr", "Ivo Kask a félicité Velor. « Nous attendrons le décompte officiel », a déclaré à la presse Lena Dal, qui dirigeait la mission.",
			[]langRemark{{Action, "Ivo Kask", "a félicité Velor"}, {Direct, "Lena Dal", "Nous attendrons le décompte officiel"}}},
		{"fr a indiqué aux journalistes le ministre X", "fr", "Ivo Kask a félicité Velor. « Nous attendrons le décompte officiel », a indiqué aux journalistes le ministre Rui Lobo.",
			[]langRemark{{Action, "Ivo Kask", "a félicité Velor"}, {Direct, "Rui Lobo", "Nous attendrons le décompte officiel"}}},
		{"fr X m'a confié que", "fr", "Un diplomate en poste, Lena Dal, m'a confié que son pays attendra le décompte officiel.",
			[]langRemark{{Reported, "Lena Dal", "son pays attendra le décompte officiel"}}},
		// counter-cases: a time after the addressee; an addressee who is a
		// person with an office (French drops no subject: no speaker, not the addressee)
		{"fr a dit aux journalistes lundi", "fr", "Ivo Kask a félicité Velor. « Nous attendrons le décompte officiel », a dit aux journalistes lundi.",
			[]langRemark{{Action, "Ivo Kask", "a félicité Velor"}, {Direct, "", "Nous attendrons le décompte officiel"}}},
		{"fr a dit à la présidente X", "fr", "Ivo Kask a félicité Velor. « Nous attendrons le décompte officiel », a dit à la présidente Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "a félicité Velor"}, {Direct, "", "Nous attendrons le décompte officiel"}}},
	})
}

// TestRec29mlPartitiveBefore: a partitive title before a name in
// apposition opens the subject in French, German and Russian too, as in
// Spanish and Portuguese ("L'un de ses cadres, X, juge que …").
// Sentences written for the test.
func TestRec29mlPartitiveBefore(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr L'un de ses cadres, X, juge que", "fr", "L'un de ses cadres, Lena Dal, juge que le président n'a pas été élu.",
			[]langRemark{{Reported, "Lena Dal", "le président n'a pas été élu"}}},
		{"ru Один из её лидеров, X, заявил", "ru", "Один из её лидеров, Иван Рябов, заявил, что президент избран нечестно.",
			[]langRemark{{Reported, "Иван Рябов", "президент избран нечестно"}}},
		// counter-case: a verb inside the title, so it is no title
		{"fr L'un de ceux qui a dit, X,", "fr", "L'un de ses cadres a dit, Lena Dal, que rien ne changera.",
			nil},
	})
}

// TestRec29mlSpeechVerbs: verbs of retort and argument report speech
// ("a rétorqué que", "objetó que", "replicou que", "erwiderte,",
// "сетует, что"); a German verb that takes a noun object ("beklagte
// Gewalt") is not one. Sentences written for the test.
func TestRec29mlSpeechVerbs(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr a rétorqué que", "fr", "Lena Dal a rétorqué que le scrutin avait été propre.",
			[]langRemark{{Reported, "Lena Dal", "le scrutin avait été propre"}}},
		{"es objetó que", "es", "Lena Dal objetó que la elección fue limpia.",
			[]langRemark{{Reported, "Lena Dal", "la elección fue limpia"}}},
		{"pt replicou que", "pt", "Lena Dal replicou que a eleição foi limpa.",
			[]langRemark{{Reported, "Lena Dal", "a eleição foi limpa"}}},
		{"de erwiderte", "de", "Lena Dal erwiderte, die Wahl sei sauber gewesen.",
			[]langRemark{{Reported, "Lena Dal", "die Wahl sei sauber gewesen"}}},
		{"ru сетует, что", "ru", "Иван Рябов сетует, что выборы прошли нечестно.",
			[]langRemark{{Reported, "Иван Рябов", "выборы прошли нечестно"}}},
	})
}

// TestRec29mlCelebrate: celebrating the result is an act, as "celebró"
// and "a célébré" already were ("festejó el triunfo", "comemoraram ao
// lado do presidente reeleito", "bejubelte den Wahlsieg", "отпраздновал
// победу"). Sentences written for the test.
func TestRec29mlCelebrate(t *testing.T) {
	runLangCases(t, []langCase{
		{"es festejó", "es", "Tomás Lugo festejó el triunfo de Kask en la sede del partido.",
			[]langRemark{{Action, "Tomás Lugo", "festejó el triunfo de Kask en la sede del partido"}}},
		{"pt comemorou", "pt", "Rui Lobo comemorou a vitória de Kask ao lado do prefeito.",
			[]langRemark{{Action, "Rui Lobo", "comemorou a vitória de Kask ao lado do prefeito"}}},
		{"de bejubelte", "de", "Jens Falk bejubelte den Wahlsieg von Kask.",
			[]langRemark{{Action, "Jens Falk", "bejubelte den Wahlsieg von Kask"}}},
		{"ru отпраздновал", "ru", "Олег Сафонов отпраздновал победу Каска.",
			[]langRemark{{Action, "Олег Сафонов", "отпраздновал победу Каска"}}},
		// near-miss: the noun "la fête" is no act
		{"fr la fête", "fr", "La fête a duré toute la nuit à Libreville.",
			nil},
	})
}
