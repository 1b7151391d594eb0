package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestIb18QuotedClause: a quotation right after a lower-case word of its
// clause is that clause's complement, and a verb after the conjunction
// that follows it has the subject who opens the sentence
// (ib18_quotedclause.go). Sentences written for the test.
func TestIb18QuotedClause(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt afirmou que «…» e garantiu que", "pt", "O deputado Rui Lobo afirmou que «a contagem foi viciada do princípio ao fim» e garantiu que não reconhece o vencedor.",
			[]langRemark{{Direct, "Rui Lobo", "a contagem foi viciada do princípio ao fim"}, {Reported, "Rui Lobo", "não reconhece o vencedor"}}},
		{"es sostuvo que «…» y advirtió que", "es", "La senadora Marta Solís sostuvo que «las actas no cuadran con lo votado» y advirtió que no aceptará la proclamación.",
			[]langRemark{{Direct, "Marta Solís", "las actas no cuadran con lo votado"}, {Reported, "Marta Solís", "no aceptará la proclamación"}}},
		{"pt classificou de «…» e disse que", "pt", "O dirigente Luís Peral classificou a eleição de «uma encenação sem vergonha nenhuma» e disse que vai recorrer aos tribunais.",
			[]langRemark{{Action, "Luís Peral", "classificou a eleição de «uma encenação sem vergonha nenhuma»"}, {Reported, "Luís Peral", "vai recorrer aos tribunais"}}},
		// counter-case: a quotation after a colon stands on its own (the
		// group's clause after it is the group's, ml32_group.go)
		{"es dijo: «…» y añadió", "es", "El ministro Ivo Kask habló en la radio: «Las urnas hablaron con claridad anoche» y la oposición dijo que no firmará el acta.",
			[]langRemark{{Direct, "Ivo Kask", "Las urnas hablaron con claridad anoche"}, {Reported, "oposición", "no firmará el acta"}}},
	})
}

// TestIb18ColonConjoined: after a colon, a verb joined by a conjunction
// to the verb that opens the colon's clause has the subject named before
// the colon (ib18_colonconjoined.go). Sentences written for the test.
func TestIb18ColonConjoined(t *testing.T) {
	runLangCases(t, []langCase{
		{"es arremetió: acusó … y dijo que", "es", "El pastor Ivo Kask fue muy duro: acusó al tribunal de parcialidad y dijo que la elección fue una farsa.",
			[]langRemark{{Action, "Ivo Kask", "acusó al tribunal de parcialidad"}, {Reported, "Ivo Kask", "la elección fue una farsa"}}},
		{"pt foi duro: denunciou … e afirmou que", "pt", "O deputado Rui Lobo foi duro: rejeitou a contagem dos votos e afirmou que não reconhece o resultado.",
			[]langRemark{{Action, "Rui Lobo", "rejeitou a contagem dos votos"}, {Reported, "Rui Lobo", "não reconhece o resultado"}}},
		{"es se mostró: rechazó … y aseguró que", "es", "La diputada Marta Solís se mostró tajante: rechazó el escrutinio y aseguró que pedirá la nulidad.",
			[]langRemark{{Action, "Marta Solís", "se mostró tajante"}, {Action, "Marta Solís", "rechazó el escrutinio"}, {Reported, "Marta Solís", "pedirá la nulidad"}}},
		// counter-case: the colon's clause has a subject of its own
		{"es : el senador … y dijo", "es", "El ministro Ivo Kask habló poco: el senador Luis Peral rechazó el escrutinio y dijo que pedirá la nulidad.",
			[]langRemark{{Action, "Luis Peral", "rechazó el escrutinio"}, {Reported, "Luis Peral", "pedirá la nulidad"}}},
	})
}

// TestIb18PurposeSpeech: a verb of speaking or writing with no clause of
// its own whose purpose clause congratulates is an act
// (ib18_purposespeech.go). Sentences written for the test.
func TestIb18PurposeSpeech(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt escreveu ao vencedor para o felicitar", "pt", "De Luanda, o Presidente angolano, Rui Lobo, também escreveu ao vencedor para o felicitar.",
			[]langRemark{{Action, "Rui Lobo", "também escreveu ao vencedor para o felicitar"}}},
		{"es escribió a X para desearle éxito", "es", "Desde Quito, el canciller ecuatoriano, Luis Peral, escribió a Velor para desearle éxito.",
			[]langRemark{{Action, "Luis Peral", "escribió a Velor para desearle éxito"}}},
		{"pt falou com o eleito para o cumprimentar", "pt", "Em Maputo, a ministra moçambicana, Ana Sal, falou com o Presidente eleito para o cumprimentar.",
			[]langRemark{{Action, "Ana Sal", "falou com o Presidente eleito para o cumprimentar"}}},
		// counter-case: the verb reports a clause, which stays reported speech
		{"es escribió que viajará para felicitar", "es", "El senador Ivo Kask escribió que viajará a Lima para felicitar a la ganadora.",
			[]langRemark{{Reported, "Ivo Kask", "viajará a Lima para felicitar a la ganadora"}}},
		// counter-case: the wish is for no one of the vote
		{"pt escreveu ao filho para lhe desejar", "pt", "De Luanda, o empresário Rui Lobo escreveu ao filho para lhe desejar sucesso nos exames.",
			nil},
	})
}

// TestIb18Backed: a count or a review said, in the indicative, to bear
// the result out is read as defending it (ib18_backed.go); negated,
// conditional, subjunctive, rival's or fraud-condemning clauses are not.
// Sentences written for the test.
func TestIb18Backed(t *testing.T) {
	rivals := []string{"Luis Peral", "Peral"}
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "la revisión de las actas, hecha con los observadores, respalda el conteo oficial", true},
		{"pt", "a auditoria independente confirmou os resultados anunciados pela comissão", true},
		{"es", "el recuento parcial corroboró la victoria de Ana Velor", true},
		{"pt", "os dados da missão validam a contagem oficial", true},
		// counter-cases
		{"es", "la revisión no respalda el conteo oficial", false},
		{"es", "no firmará nada hasta que una auditoría confirme los resultados", false},
		{"es", "si el recuento confirma los resultados, felicitará a la ganadora", false},
		{"es", "el conteo paralelo confirma la victoria de Peral", false},
		{"pt", "a missão confirmou os resultados fraudulentos da comissão", false},
		{"pt", "o ministro confirmou a presença na posse", false},
	}
	for _, c := range cases {
		if got := backedIn(c.code, c.text, rivals); got != c.want {
			t.Errorf("backedIn(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestIb18AttackObject: a verb of attacking whose object is a word for
// the winner or a capitalised name is an act; one whose object is anyone
// else is not (ib18_attack.go). Sentences written for the test.
func TestIb18AttackObject(t *testing.T) {
	runLangCases(t, []langCase{
		{"es arremetió contra la ganadora", "es", "El pastor Ivo Kask arremetió contra la ganadora en un acto en la plaza.",
			[]langRemark{{Action, "Ivo Kask", "arremetió contra la ganadora en un acto en la plaza"}}},
		{"pt atacou o vencedor", "pt", "O deputado Rui Lobo atacou o vencedor num comício em Braga.",
			[]langRemark{{Action, "Rui Lobo", "atacou o vencedor num comício em Braga"}}},
		{"es insultó a Velor", "es", "El concejal Luis Peral insultó a Velor durante la sesión.",
			[]langRemark{{Action, "Luis Peral", "insultó a Velor durante la sesión"}}},
		// counter-case: the object is no winner and no named person
		{"es arremetió contra los periodistas", "es", "El concejal Luis Peral arremetió contra los periodistas durante la sesión.",
			nil},
	})
}

// TestIb18AttacksWinner: the verb rule calls an attack on the winner
// hostile, not one on someone else or a negated one (ib18_attack.go).
func TestIb18AttacksWinner(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Velor", "Velor"}, Rivals: []string{"Luis Peral", "Peral"}}
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "arremetió contra la ganadora en un acto", true},
		{"es", "insultó a Velor durante la sesión", true},
		{"pt", "atacou a presidente eleita num comício", true},
		{"pt", "arremeteu contra Ana Velor nas redes sociais", true},
		// counter-cases
		{"es", "atacó a Peral durante la sesión", false},
		{"es", "no atacó a la ganadora", false},
		{"pt", "atacou os jornalistas num comício", false},
	}
	for _, c := range cases {
		if got := lexicons[c.code].attacksWinner(ctx, actionWords(c.text)); got != c.want {
			t.Errorf("attacksWinner(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestIb18RelativeAdverbial: an act in a subject relative clause whose
// verb follows an adverbial is the person's before the pronoun; a clause
// whose subject follows the adverbial is not (ib18_relativeadverbial.go).
// Sentences written for the test.
func TestIb18RelativeAdverbial(t *testing.T) {
	runLangCases(t, []langCase{
		{"es que ya en la madrugada …, como …, rechazó", "es", "En la misma línea sigue el diputado Luis Mora, que ya en la noche del domingo, como portavoz del bloque, rechazó el boletín del tribunal.",
			[]langRemark{{Action, "Luis Mora", "rechazó el boletín del tribunal"}}},
		{"pt que na noite de domingo felicitou", "pt", "Também o antigo ministro Rui Lobo, que na noite de domingo felicitou o vencedor, esteve na cerimónia.",
			[]langRemark{{Action, "Rui Lobo", "na noite de domingo felicitou o vencedor"}}},
		{"es que desde el lunes reconoce", "es", "Está con ellos la senadora Marta Solís, que desde el lunes, en cada entrevista, reconoce la victoria de Velor.",
			[]langRemark{{Action, "Marta Solís", "reconoce la victoria de Velor"}}},
		// counter-case: the clause has a subject of its own after the adverbial
		{"es que ya el lunes la oposición rechazó", "es", "Llegó la propuesta del diputado Luis Mora, que ya el lunes la oposición rechazó en el pleno.",
			nil},
	})
}

// TestIb18FarFrom: "lejos de ser" / "longe de ser" before a word of
// fairness denies the vote's fairness; before anything else it does not
// (ib18_farfrom.go). Sentences written for the test.
func TestIb18FarFrom(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "el proceso estuvo lejos de ser transparente", true},
		{"es", "esta elección está lejos de ser del todo limpia", true},
		{"pt", "a eleição «está longe de ser limpa»", true},
		{"pt", "a votação esteve longe de ser livre e justa", true},
		// counter-cases
		{"es", "el país está lejos de ser una potencia regional", false},
		{"pt", "o escrutínio foi livre e justo, longe de qualquer suspeita", false},
	}
	for _, c := range cases {
		if got := farFromFair(c.code, c.text); got != c.want {
			t.Errorf("farFromFair(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestIb18Illegal: "ilegal" condemns the vote only with a word of the
// election near it (lexicon_process.go, intl_manipulated13.go). Sentences
// written for the test.
func TestIb18Illegal(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "se negó a firmar el acta y la tachó de ilegal", true},
		{"es", "dijo que la elección del domingo fue ilegal", true},
		{"pt", "não aceitará os resultados de um pleito ilegal", true},
		// counter-cases: nothing of the election near the word
		{"es", "denunció la detención ilegal de un periodista en la capital", false},
		{"pt", "criticou a pesca ilegal nas águas do norte do país", false},
	}
	for _, c := range cases {
		if got := condemnsIn(c.code, c.text); got != c.want {
			t.Errorf("condemnsIn(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}
