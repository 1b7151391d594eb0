package article

import "testing"

// TestRev27romConfinedNarrowed: the verb of confining no longer reaches a
// negated confinement, an adjective after a verb of seeming, or a remark
// behind another verb of saying; the original constructions still fire.
func TestRev27romConfinedNarrowed(t *testing.T) {
	cases := []confinedCase{
		{"es", "La ministra Eva Sol se limitó a afirmar que su país «toma nota» del anuncio.", "su país", true},
		{"es", "La ministra Eva Sol se ha limitado a señalar que su país respeta el proceso.", "su país", true},
		{"pt", "O porta-voz Rui Sal limitou-se a declarar que Lisboa acompanha a contagem.", "Lisboa", true},
		{"fr", "Le ministre Paul Roy s'est borné à dire que la France « prend acte » des chiffres.", "la France", true},
		// near misses
		{"es", "La ministra Eva Sol no se limitó a tomar nota: dijo que felicita a Kask por su victoria.", "felicita", false},
		{"fr", "Le député Luc Roy s'est dit content de la victoire de Kask, qu'il a qualifiée de « méritée ».", "méritée", false},
		{"fr", "La sénatrice Ana Roy s'est montrée contente d'apprendre l'élection de Kask.", "l'élection", false},
		{"pt", "O senador Davi Sal limitou-se a pedir calma e o governador Tiago Lis disse que Kask é o presidente legítimo.", "Kask é", false},
		{"pt", "A deputada Inês Sal criticou o Governo, que se limitou a tomar nota, e disse que Kask venceu.", "Kask venceu", false},
		{"es", "La ley ha limitado a dos los observadores por mesa y el juez Ivo Paz dijo que el tribunal decidirá.", "el tribunal", false},
	}
	checkConfined(t, cases)
}

// TestRev27romConfinedCongratulates: confining oneself to congratulating
// the winner by name still congratulates; the people are not the winner.
func TestRev27romConfinedCongratulates(t *testing.T) {
	winners := claimForms([]string{"Ivo Kask", "Kask"}, []string{"Eva Sand", "Sand"})
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "se limitó a felicitar a Kask por su victoria", true},
		{"pt", "limitou-se a felicitar Ivo Kask pela vitória", true},
		{"fr", "s'est contenté de féliciter Kask", true},
		// near misses
		{"es", "se limitó a felicitar a los votantes por la jornada", false},
		{"pt", "limitou-se a saudar os eleitores", false},
	}
	for _, c := range cases {
		if got := lab27romCongratulatesWinner(c.code, actionWords(c.text), winners); got != c.want {
			t.Errorf("lab27romCongratulatesWinner(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestRev27romNextLeaderNarrowed: "ser" counts only after a future
// auxiliary, and a condition or a wait after the office holds the claim.
func TestRev27romNextLeaderNarrowed(t *testing.T) {
	winners := claimForms([]string{"Ivo Kask", "Kask"}, []string{"Eva Sand", "Sand"})
	cases := []struct {
		code, text string
		want       bool
	}{
		{"pt", "Kask vai ser o próximo primeiro-ministro do país", true},
		{"es", "Kask va a ser el nuevo presidente", true},
		{"es", "Kask será el próximo presidente, le guste o no a la oposición", true},
		// near misses
		{"pt", "Kask deve ser o novo Presidente, mas vamos esperar pelos resultados finais", false},
		{"es", "Kask podría ser el próximo presidente", false},
		{"es", "Kask será el próximo presidente solo si el tribunal confirma las actas", false},
		{"fr", "Kask sera le prochain président dès que le Conseil aura validé le scrutin", false},
		{"pt", "Kask vai ser o novo Presidente, mas aguardamos a decisão do tribunal", false},
	}
	for _, c := range cases {
		words := actionWords(c.text)
		if got := lab27romNextLeader(c.code, words, foldWords(words), winners); got != c.want {
			t.Errorf("lab27romNextLeader(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
	rm := Remark{Start: 0, End: len("Kask sera le prochain président")}
	text := "Kask sera le prochain président et il a dit qu'il attendrait l'avis du Conseil. Autre phrase."
	if rest := sentenceRestAfter(text, rm); !lab27romHeldAfter("fr", actionWords(rest)) {
		t.Errorf("lab27romHeldAfter(fr, %q) = false, want true (a wait after the remark)", rest)
	}
}

// TestRev27romHopePast: a hope in the past tense was, and is not a hope
// to work with the winner now.
func TestRev27romHopePast(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"pt", "o Governo espera trabalhar com o novo Presidente", true},
		{"pt", "disse que esperava trabalhar com o vencedor, mas que as irregularidades o obrigam a pedir uma recontagem", false},
		{"es", "esperábamos colaborar con el presidente electo, pero las actas no cuadran", false},
	}
	for _, c := range cases {
		if got := lab27romHopesToWork(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("lab27romHopesToWork(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
	if !condemnsIn("es", "Nadie en mi partido espera trabajar con un presidente ilegítimo") {
		t.Errorf("condemnsIn(es, …ilegítimo) = false: lab27romHopeWorkRun would read the hope as recognition")
	}
}
