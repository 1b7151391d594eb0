package article

import "testing"

// TestExtractLangFollow: a follow verb used alone copies the last act of
// the two sentences before it (intl_follow.go); the person named after an
// including word is the verb's subject; the people listed after a like
// phrase share the act. Sentences written for the test.
func TestExtractLangFollow(t *testing.T) {
	runLangCases(t, []langCase{
		{"de folgte wenige Stunden später", "de", "Präsident Jan Olk gratulierte dem Wahlsieger am Montag. Kanzlerin Eva Lind folgte wenige Stunden später.",
			[]langRemark{{Action, "Jan Olk", "gratulierte dem Wahlsieger am Montag"}, {Action, "Eva Lind", "gratulierte dem Wahlsieger am Montag"}}},
		{"es siguió su ejemplo", "es", "El presidente tarsio, Luis Parra, felicitó al ganador. La presidenta ostria, Inés Roca, siguió su ejemplo.",
			[]langRemark{{Action, "Luis Parra", "felicitó al ganador"}, {Action, "Inés Roca", "felicitó al ganador"}}},
		{"pt seguiu a mesma linha", "pt", "O presidente Rui Mota parabenizou o vencedor. O governador Paulo Lima seguiu a mesma linha.",
			[]langRemark{{Action, "Rui Mota", "parabenizou o vencedor"}, {Action, "Paulo Lima", "parabenizou o vencedor"}}},
		{"ru последовал его примеру", "ru", "Президент Ростании Игорь Волин поздравил победителя. Премьер Ростании Олег Жарков последовал его примеру.",
			[]langRemark{{Action, "Игорь Волин", "поздравил победителя"}, {Action, "Олег Жарков", "поздравил победителя"}}},
		{"fr dont X ont suivi, tout comme A, et B", "fr", "Le président ostrien, Jean Dumas, a félicité son voisin. Les autres chefs d’État de la région, dont le Valmorien Paul Kodjo, ont suivi, tout comme le roi du Tarsis, Marc Lenoir, et le président de la Commission, Léon Abo.",
			[]langRemark{{Action, "Jean Dumas", "a félicité son voisin"}, {Action, "Paul Kodjo", "a félicité son voisin"},
				{Action, "Marc Lenoir", "a félicité son voisin"}, {Action, "Léon Abo", "a félicité son voisin"}}},
		// an including word and a like list with an act of their own
		{"es entre ellos X", "es", "Varios mandatarios, entre ellos el chileno Luis Parra, felicitaron al ganador.",
			[]langRemark{{Action, "Luis Parra", "felicitaron al ganador"}}},
		{"fr tout comme A, et B", "fr", "Jean Dumas a félicité le vainqueur, tout comme le roi du Tarsis, Marc Lenoir, et le président de la Commission, Léon Abo.",
			[]langRemark{{Action, "Jean Dumas", "a félicité le vainqueur, tout comme le roi du Tarsis, Marc Lenoir, et le président de la Commission, Léon Abo"},
				{Action, "Marc Lenoir", "a félicité le vainqueur, tout comme le roi du Tarsis, Marc Lenoir, et le président de la Commission, Léon Abo"},
				{Action, "Léon Abo", "a félicité le vainqueur, tout comme le roi du Tarsis, Marc Lenoir, et le président de la Commission, Léon Abo"}}},
		// counter-cases: a follow verb with an object or a colon, or with no
		// act before it
		{"es siguió with an object", "es", "El presidente tarsio, Luis Parra, felicitó al ganador. El canciller Tomás Vidal siguió la jornada desde la capital.",
			[]langRemark{{Action, "Luis Parra", "felicitó al ganador"}}},
		{"fr ont suivi le scrutin", "fr", "Jean Dumas a félicité le vainqueur. Les violences qui ont suivi le scrutin ont fait trois morts.",
			[]langRemark{{Action, "Jean Dumas", "a félicité le vainqueur"}}},
		{"de folgte with no act before", "de", "Die Wahl war knapp. Kanzlerin Eva Lind folgte wenige Stunden später.", nil},
		// counter-cases: who did not follow did not copy the act
		{"fr n'a pas suivi", "fr", "Jean Dumas a félicité le vainqueur. Le Premier ministre Paul Kodjo n'a pas suivi.",
			[]langRemark{{Action, "Jean Dumas", "a félicité le vainqueur"}}},
		{"es no siguió su ejemplo", "es", "El presidente tarsio, Luis Parra, rechazó el resultado. La presidenta ostria, Inés Roca, no siguió su ejemplo.",
			[]langRemark{{Action, "Luis Parra", "rechazó el resultado"}}},
	})
}

// TestExtractLangJoin: a verb of joining others' congratulations is an
// act, as a sending verb with a congratulation near it is; joining
// anything else is not. Sentences written for the test.
func TestExtractLangJoin(t *testing.T) {
	runLangCases(t, []langCase{
		{"es se sumó a las felicitaciones", "es", "El presidente tarsio, Luis Parra, se sumó a las felicitaciones.",
			[]langRemark{{Action, "Luis Parra", "se sumó a las felicitaciones"}}},
		{"fr s'est joint aux félicitations", "fr", "Le président ostrien, Jean Dumas, s’est joint aux félicitations.",
			[]langRemark{{Action, "Jean Dumas", "s’est joint aux félicitations"}}},
		{"de schloss sich den Glückwünschen an", "de", "Auch Kanzlerin Eva Lind schloss sich den Glückwünschen an.",
			[]langRemark{{Action, "Eva Lind", "schloss sich den Glückwünschen an"}}},
		{"ru присоединился к поздравлениям", "ru", "К поздравлениям присоединился президент Ростании Игорь Волин.",
			[]langRemark{{Action, "Игорь Волин", "поздравлениям присоединился президент Ростании Игорь Волин"}}},
		{"pt juntou-se às felicitações", "pt", "O presidente tarsiano, Rui Mota, juntou-se às felicitações.",
			[]langRemark{{Action, "Rui Mota", "juntou-se às felicitações"}}},
		// counter-case: joining something else
		{"es se sumó a la oposición", "es", "El exministro Luis Parra se sumó a la oposición.", nil},
	})
}

// TestExtractLangFollowedBy: a passive follow participle after an act's
// comma ("…, imitée peu après par Y") gives Y the act too; an adverb
// between an auxiliary and a speech verb after a quotation ("a ainsi
// souligné X") keeps the attribution. Sentences written for the test.
func TestExtractLangFollowedBy(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr imitée peu après par", "fr", "La présidente de la Commission, Claire Abo, a adressé ses félicitations au vainqueur, imitée peu après par le président du Conseil Paul Kodjo.",
			[]langRemark{{Action, "Claire Abo", "a adressé ses félicitations au vainqueur, imitée peu après par le président du Conseil Paul Kodjo"},
				{Action, "Paul Kodjo", "a adressé ses félicitations au vainqueur, imitée peu après par le président du Conseil Paul Kodjo"}}},
		{"es seguido poco después por", "es", "El presidente tarsio, Luis Parra, felicitó al ganador, seguido poco después por la canciller ostria Inés Roca.",
			[]langRemark{{Action, "Luis Parra", "felicitó al ganador, seguido poco después por la canciller ostria Inés Roca"},
				{Action, "Inés Roca", "felicitó al ganador, seguido poco después por la canciller ostria Inés Roca"}}},
		{"de gefolgt von", "de", "Kanzler Jan Olk gratulierte dem Wahlsieger, gefolgt von Präsidentin Eva Lind.",
			[]langRemark{{Action, "Jan Olk", "gratulierte dem Wahlsieger, gefolgt von Präsidentin Eva Lind"},
				{Action, "Eva Lind", "gratulierte dem Wahlsieger, gefolgt von Präsidentin Eva Lind"}}},
		{"pt seguido pelo", "pt", "O presidente Rui Mota parabenizou o vencedor, seguido pelo chanceler Paulo Lima.",
			[]langRemark{{Action, "Rui Mota", "parabenizou o vencedor, seguido pelo chanceler Paulo Lima"},
				{Action, "Paulo Lima", "parabenizou o vencedor, seguido pelo chanceler Paulo Lima"}}},
		{"fr a ainsi souligné", "fr", "« Nous travaillerons avec le nouveau président », a ainsi souligné Paul Kodjo, ministre des Affaires étrangères.",
			[]langRemark{{Direct, "Paul Kodjo", "Nous travaillerons avec le nouveau président"}}},
		// counter-case: followed by no person
		{"fr suivi par des observateurs", "fr", "Jean Dumas a félicité le vainqueur, suivi par des observateurs.",
			[]langRemark{{Action, "Jean Dumas", "a félicité le vainqueur, suivi par des observateurs"}}},
	})
}

// TestExtractLangCongratulationsFrom: congratulations that came from
// someone are that person's act, and the people listed after them share
// it; a congratulation from a place or a non-person is not. Sentences
// written for the test.
func TestExtractLangCongratulationsFrom(t *testing.T) {
	runLangCases(t, []langCase{
		{"de kamen auch von", "de", "Gratulationen kamen auch von Valmors Kanzler Jan Olk.",
			[]langRemark{{Action, "Jan Olk", "Gratulationen kamen auch von Valmors Kanzler Jan Olk"}}},
		{"es llegaron de A y de B", "es", "Las felicitaciones llegaron también del presidente tarsio Luis Parra y de la canciller ostria Inés Roca.",
			[]langRemark{{Action, "Luis Parra", "felicitaciones llegaron también del presidente tarsio Luis Parra y de la canciller ostria Inés Roca"},
				{Action, "Inés Roca", "felicitaciones llegaron también del presidente tarsio Luis Parra y de la canciller ostria Inés Roca"}}},
		{"fr sont venues du", "fr", "Les félicitations sont aussi venues du président ostrien Jean Dumas.",
			[]langRemark{{Action, "Jean Dumas", "félicitations sont aussi venues du président ostrien Jean Dumas"}}},
		{"ru поступили от", "ru", "Поздравления поступили от президента Ростании Игоря Волина.",
			[]langRemark{{Action, "Игорь Волин", "Поздравления поступили от президента Ростании Игоря Волина"}}},
		{"pt vieram do", "pt", "As felicitações vieram também do presidente Rui Mota.",
			[]langRemark{{Action, "Rui Mota", "felicitações vieram também do presidente Rui Mota"}}},
		// counter-case: from a place
		{"es llegaron de un país", "es", "Las felicitaciones llegaron de todo el continente.", nil},
		// counter-cases: congratulations that did not come
		{"es no llegaron del", "es", "Las felicitaciones no llegaron del presidente tarsio Luis Parra.", nil},
		{"de keine Gratulationen kamen von", "de", "Keine Gratulationen kamen von Valmors Kanzler Jan Olk.", nil},
	})
}

// TestExtractLangObjectFirst: in Russian, a person named with an office
// in the nominative after the verb is its subject, and a bare name before
// the verb its object; an office in an oblique case after the verb is the
// object. Sentences written for the test.
func TestExtractLangObjectFirst(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru object first, nominative office after", "ru", "Также Игоря Волина поздравил президент Валмории Олег Жарков.",
			[]langRemark{{Action, "Олег Жарков", "поздравил президент Валмории Олег Жарков"}}},
		{"ru subject first, oblique office after", "ru", "Анна Зуева поздравила президента Ростании Игоря Волина.",
			[]langRemark{{Action, "Анна Зуева", "поздравила президента Ростании Игоря Волина"}}},
	})
}
