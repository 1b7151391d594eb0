package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestIntlPraiseVerdict: in German, to honour the victory ("würdigte den
// Sieg") recognises as congratulating does; not honouring it does not
// (texts as the reader cuts them, written for the test).
func TestIntlPraiseVerdict(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ramírez"}, Rivals: []string{"Olmedo"}}
	for _, c := range []struct {
		text string
		want actionVerdict
	}{
		{"würdigte den Sieg als Beweis für Ramírez' Ansehen im Land", verdictRecognising},
		{"hat den Wahlsieg von Ramírez gewürdigt", verdictRecognising},
		// counter-case: a negated honour is no recognition
		{"hat den Sieg nicht gewürdigt", verdictNotRecognising},
	} {
		assert.Equal(t, c.want, lexicons["de"].actionVerdict(ctx, c.text), c.text)
	}
}
