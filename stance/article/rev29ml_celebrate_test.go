package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRev29mlCelebrationAct: a verb of celebrating is an act on the
// result only with a word of the election after it, and never in a
// sentence of sport. Sentences written for the test.
func TestRev29mlCelebrationAct(t *testing.T) {
	runLangCases(t, []langCase{
		{"es festejó la reelección", "es", "El alcalde Tomás Lugo festejó la reelección de Kask junto a los militantes.",
			[]langRemark{{Action, "Tomás Lugo", "festejó la reelección de Kask junto a los militantes"}}},
		{"pt comemorou ao lado do presidente reeleito", "pt", "A senadora Inês Couto comemorou ao lado do presidente reeleito.",
			[]langRemark{{Action, "Inês Couto", "comemorou ao lado do presidente reeleito"}}},
		{"de bejubelte den Wahlsieg", "de", "Die Bürgermeisterin Anke Vogt bejubelte den Wahlsieg von Kask.",
			[]langRemark{{Action, "Anke Vogt", "bejubelte den Wahlsieg von Kask"}}},
		// near-misses: a crowd's joy, another feast, a game's victory
		{"es festejó en la plaza", "es", "La jubilada Rosa Medina festejó en la plaza mayor con sus nietos.", nil},
		{"pt comemorou com a família", "pt", "A estudante Carla Nunes comemorou com a família na avenida principal.", nil},
		{"ru праздновала на площади", "ru", "Пенсионерка Анна Белова праздновала на площади вместе с соседями.", nil},
		{"de bejubelte seinen Filmpreis", "de", "Der Schauspieler Tom Keller bejubelte bei der Gala seinen ersten Filmpreis.", nil},
		{"de bejubelte den Sieg im Pokalfinale", "de", "Der Trainer Jonas Berg bejubelte den Sieg seiner Mannschaft im Pokalfinale.", nil},
		{"fr a fêté jusqu'à l'aube", "fr", "L'étudiant Karim Benali a fêté jusqu'à l'aube avec ses amis.", nil},
	})
}

// TestRev29mlCelebrationFallback: a sentence that opens its one person's
// remark with a verb of celebrating gives no inferred remark when nothing
// in it names the election, or when it is about sport; a word of the
// election later in the remark keeps it. Sentences written for the test.
func TestRev29mlCelebrationFallback(t *testing.T) {
	cases := []struct {
		name, code, text string
		want             int
	}{
		{"es festejó el Día de la Independencia", "es", "El gobernador Raúl Ibáñez festejó el Día de la Independencia con un desfile militar.", 0},
		{"fr a fêté ses soixante ans", "fr", "La sénatrice Claire Duval a fêté ses soixante ans samedi à Nantes, loin de la politique.", 0},
		{"ru праздновал юбилей города", "ru", "Мэр Сергей Волков праздновал юбилей города на главной площади.", 0},
		{"pt comemorou o gol da vitória", "pt", "No estádio, o atacante Bruno Alves comemorou o gol da vitória do clube no clássico.", 0},
		{"es a later word of the election keeps it", "es", "El alcalde Julián Prado festejó con sus vecinos hasta la madrugada y prometió colaborar con el presidente electo.", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Len(t, ExtractLang(c.text, c.code), c.want)
		})
	}
}
