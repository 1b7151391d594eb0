package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTimeOpenedSubject: a subject set off by a comma aside ("Otto
// Brenn, speaking for the president, said") is found after a sentence's
// opening time adverbial ("On Wednesday", "Late on Monday", also after a
// connective: "And on Thursday") as at the sentence start; words before it that are no time adverbial still block
// it.
func TestTimeOpenedSubject(t *testing.T) {
	cases := []struct {
		text, speaker string
	}{
		{"On Wednesday his aide Otto Brenn, speaking for the president, said Velor would wait for the final count.", "Otto Brenn"},
		{"Late on Monday Norland's envoy Lena Dal, in a brief statement, said the count was fair.", "Lena Dal"},
		{"The talks ended with Velor's aide Otto Brenn, angry at the delay, said to be leaving.", ""},
		// a connective before the adverbial ("And on Thursday") opens the sentence too
		{"And on Thursday the Velor ambassador in Tarn, Otto Brenn, told reporters that the count was fair.", "Otto Brenn"},
		{"But late on Monday Norland's envoy, Lena Dal, said the count was fair.", "Lena Dal"},
		{"And then the talks ended with Velor's aide Otto Brenn, angry at the delay, said to be leaving.", ""},
	}
	for _, c := range cases {
		got := Extract(c.text)
		if c.speaker == "" {
			assert.Empty(t, got, c.text)
			continue
		}
		if assert.Len(t, got, 1, c.text) {
			assert.Equal(t, c.speaker, got[0].Speaker, c.text)
		}
	}
}

// TestPurposeLeadIn: an act done for the sake of a speech ("went on state
// television to say", "seized the microphone at the results centre to
// declare") stands between the subject and the speech verb; a verb
// outside purposeLeadIns ("urged Lena Dal to say") still makes its object
// no speaker.
func TestPurposeLeadIn(t *testing.T) {
	cases := []struct{ text, speaker, remark string }{
		{"Ivo Kask seized the microphone at the results centre to declare that the count was fake.", "Ivo Kask", "the count was fake"},
		{"Lena Dal went on state television to say the vote in Norland had been stolen.", "Lena Dal", "the vote in Norland had been stolen"},
	}
	for _, c := range cases {
		got := Extract(c.text)
		if assert.Len(t, got, 1, c.text) {
			assert.Equal(t, c.speaker, got[0].Speaker, c.text)
			assert.Equal(t, c.remark, got[0].Text, c.text)
		}
	}
	for _, r := range Extract("Ivo Kask urged Lena Dal to say the count was fake.") {
		assert.NotEqual(t, "Lena Dal", r.Speaker)
	}
}
