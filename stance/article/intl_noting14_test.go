package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestNotingIberian: taking note of the result in Spanish and Portuguese
// ("tomó nota de", "tomó debida nota de", "tomou nota de") is an act and
// withholding, as "a pris acte de" is; taking note of something else, or
// taking something other than note, is none. Sentences written for the
// test.
func TestNotingIberian(t *testing.T) {
	runLangCases(t, []langCase{
		{"es tomó nota de", "es", "El canciller Ivo Kask tomó nota de los resultados provisionales.",
			[]langRemark{{Action, "Ivo Kask", "tomó nota de los resultados provisionales"}}},
		{"es tomó debida nota de", "es", "La ministra Lena Dal tomó debida nota de la proclamación.",
			[]langRemark{{Action, "Lena Dal", "tomó debida nota de la proclamación"}}},
		{"pt tomou nota de", "pt", "O ministro Ivo Kask tomou nota dos resultados provisórios.",
			[]langRemark{{Action, "Ivo Kask", "tomou nota dos resultados provisórios"}}},
		// counter-cases: note of something else, or no note taken
		{"es tomó nota de las críticas", "es", "El canciller Ivo Kask tomó nota de las críticas de la oposición.", nil},
		{"pt tomou posse", "pt", "O ministro Ivo Kask tomou posse na segunda-feira.", nil},
	})
	checkNotingRuns(t, stance.Context{Winner: []string{"Ivo Kask", "Kask"}}, []struct {
		code, text string
		noted      bool
	}{
		{"es", "Tomamos nota de los resultados anunciados por el consejo electoral", true},
		{"pt", "o governo tomou nota dos resultados e aguarda a apuração final", true},
		{"es", "tomó nota de los resultados y felicitó a Ivo Kask", false},
		{"pt", "tomou nota das críticas dos observadores", false},
	})
}
