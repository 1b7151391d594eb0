package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestIntlAgeApposition: an age in apposition comes before a person's
// occupation ("Samir, 34 ans, chauffeur de taxi"), which still describes
// them (ageSegment), and the words after the speaker of a quotation are no
// clause of reported speech (midAttribution). Sentences written for the
// test.
func TestIntlAgeApposition(t *testing.T) {
	cases := []struct {
		name, code, text, speaker string
		want                      bool
	}{
		{"fr age then occupation", "fr", "« Le pain a encore augmenté », confie Karim Velor, 34 ans, chauffeur de taxi.", "Karim Velor", true},
		{"es age then occupation", "es", "«Todo sube cada semana», contó Rosa Dal, 52 años, comerciante del mercado.", "Rosa Dal", true},
		// counter-case: an age then an office is no occupation
		{"es age then minister", "es", "«Respetamos el resultado», dijo Marcos Kask, 52 años, ministro de Exteriores.", "Marcos Kask", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rs := ExtractLang(c.text, c.code)
			assert.Len(t, rs, 1, "one remark, the quotation: %+v", rs)
			got := lexicons[c.code].offTopicSpeakers(stance.Context{Winner: []string{"Norland"}}, c.text, rs)
			assert.Equal(t, c.want, got[c.speaker])
		})
	}
}
