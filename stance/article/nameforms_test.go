package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func TestWithSurnames(t *testing.T) {
	for _, c := range []struct {
		name          string
		ctx           stance.Context
		text          string
		winner, rival []string
	}{
		{"surnames added", stance.Context{Winner: []string{"Ana Maria Lima Tamm"}, Rivals: []string{"Rui Sousa"}},
			"Lima won. Sousa refused, and Tamm's allies cheered.", []string{"Ana Maria Lima Tamm", "Lima", "Tamm"}, []string{"Rui Sousa", "Sousa"}},
		{"a family name both sides hold", stance.Context{Winner: []string{"Ivo Kask"}, Rivals: []string{"Lena Kask"}},
			"Kask won; Kask lost.", []string{"Ivo Kask"}, []string{"Lena Kask"}},
		{"a party's name", stance.Context{Winner: []string{"Norland Liberation Front", "Unión por la Patria"}},
			"Front and Patria said so.", []string{"Norland Liberation Front", "Unión por la Patria"}, nil},
		{"a word the text uses in lower case", stance.Context{Winner: []string{"Pia Libertad"}},
			"Libertad won; la libertad de prensa.", []string{"Pia Libertad"}, nil},
		{"a second given name, never alone", stance.Context{Winner: []string{"Javier Gerardo Velor"}},
			"Velor won. Gerardo Dal, his rival's aide, said so.", []string{"Javier Gerardo Velor", "Velor"}, nil},
		{"already listed", stance.Context{Winner: []string{"Ivo Kask", "Kask"}},
			"Kask won.", []string{"Ivo Kask", "Kask"}, nil},
		{"particles are no surname", stance.Context{Winner: []string{"Lula da Silva"}},
			"Silva won, da capo.", []string{"Lula da Silva", "Silva"}, nil},
	} {
		got := withSurnames(c.ctx, c.text)
		assert.Equal(t, c.winner, got.Winner, c.name)
		assert.Equal(t, c.rival, got.Rivals, c.name)
	}
	assert.True(t, withSurnames(stance.Context{}, "Kask won.").IsZero())
}

// TestSurnameContext: a context naming the rival in full only still makes
// congratulating him by surname hostile.
func TestSurnameContext(t *testing.T) {
	m, err := stance.Default()
	require.NoError(t, err)
	text := "Norland votes\n\nThe president of Velor, Lena Dal, congratulated Sousa on his victory on Monday."
	ctx := stance.Context{Winner: []string{"Ana Lima"}, Rivals: []string{"Rui Costa Sousa"}}
	res := Reader{Classifier: m, Context: ctx, Lang: "en"}.Analyze(text)
	require.Len(t, res.Speakers, 1)
	assert.Equal(t, "Lena Dal", res.Speakers[0].Speaker)
	assert.Equal(t, corpus.Hostile, res.Speakers[0].Stance)
}
