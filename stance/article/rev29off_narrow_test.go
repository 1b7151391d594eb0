package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRev29offNarrow: the off29 bystander rules leave a public figure
// introduced after a bare place, a medium, a market visited or defended,
// a campaign's description or a champion's title on the result, and still
// take a passer-by in a place of daily life or a trader in a market off
// it. Sentences written for the test.
func TestRev29offNarrow(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima", "Ана Лима"}, Rivals: []string{"Rui Sousa", "Sousa", "Руи Соуза"}}
	tests := []struct {
		name, code, text, speaker string
		off                       bool
	}{
		{"es bare city", "es", "En Caracas, Tomás Ferrer dijo: «Felicidades a la nueva presidenta».", "Tomás Ferrer", false},
		{"de bare city", "de", "In Moskau, Pjotr Lebedew erklärte, man sei bereit, mit der neuen Führung zusammenzuarbeiten.", "Pjotr Lebedew", false},
		{"es medium", "es", "En su cuenta de Twitter, Marta Gil escribió: «Mis felicidades a la nueva presidenta».", "Marta Gil", false},
		{"pt interview", "pt", "Em declarações à RTP, João Vaz afirmou que Lisboa «vai esperar pelos números definitivos».", "João Vaz", false},
		{"fr campaign fronted", "fr", "Directeur de campagne de Rui Sousa, Marc Obiang a affirmé : « Nous attendrons le décompte définitif. »", "Marc Obiang", false},
		{"es market visited", "es", "Durante una visita al mercado de La Cancha, Rui Sousa denunció un «fraude monumental».", "Rui Sousa", false},
		{"pt market visited", "pt", "Rui Sousa, que visitou o mercado do Roque Santeiro, disse que não reconhece a vitória de Lima.", "Rui Sousa", false},
		{"pt market economy", "pt", "Rui Sousa, defensor da economia de mercado, recusou-se a reconhecer a vitória de Lima.", "Rui Sousa", false},
		{"fr minister at market", "fr", "Le ministre du Commerce, Jean Mba, en visite au marché de Mont-Bouët, a félicité Lima pour sa victoire.", "Jean Mba", false},
		{"de champion", "de", "„Niemand glaubt diese Zahlen“, sagte der frühere Schachweltmeister Garri Petrow.", "Schachweltmeister Garri Petrow", false},
		// still off the result
		{"es school scene", "es", "En un mercado de Villa El Salvador, Rosa Chumpitaz contó que el pan subió otra vez.", "Rosa Chumpitaz", true},
		{"fr school scene", "fr", "Dans une école de Pikine, Fatou Diop raconte : « Les salles ont servi de bureaux. »", "Fatou Diop", true},
		{"pt trader at market", "pt", "«O peixe subiu outra vez», disse Luísa Tembe, peixeira no mercado do Xiquelene.", "Luísa Tembe", true},
		{"de craft master", "de", "„Die Leute reden nur übers Wetter“, sagte Konditormeisterin Lena Haas.", "Konditormeisterin Lena Haas", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertOffResult(t, tc.code, ctx, tc.text, tc.speaker, tc.off)
		})
	}
}

// TestRev29offTheft: the Russian theft stems read "украсть" too.
func TestRev29offTheft(t *testing.T) {
	assert.True(t, rev26offVerdict("ru", actionWords("они пытались украсть всё")))
	assert.False(t, rev26offVerdict("ru", actionWords("украинские продукты пропали")))
}
