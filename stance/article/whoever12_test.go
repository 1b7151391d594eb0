package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAwaitsAnyWinner: the next government named by a free relative that
// names nobody, against a refusal, a relative about something else and a
// named winner.
func TestAwaitsAnyWinner(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the vote was Norland's internal affair and that Velor would work with whichever government emerged", true},
		{"Velor expected nothing from whoever ended up in power in Tarn", true},
		{"we will deal with whoever wins the runoff", true},
		{"Velor expects little from whoever takes office", true},
		// counter-cases
		{"Velor expects nothing and will not work with whoever wins", false},
		{"Velor will not work with whoever wins by fraud", false},
		{"whoever leaked the tally sheets will be prosecuted", false},
		{"Velor congratulated Ivo Kask and looked forward to working with him", false},
		{"Velor recognised Kask as president and would work with whichever cabinet he formed", false},
		{"Velor congratulated Kask and would deal with whichever government emerged from the coalition talks", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, awaitsAnyWinner(tc.text), tc.text)
	}
}

// TestDefersVerdict: a verdict put off until after consultations or a
// ruling; counter-cases: a congratulation told before "before", and
// "before" with no verdict after it.
func TestDefersVerdict(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{`he would hold consultations with every party and take "as much time as the constitution allows" before naming a prime minister`, true},
		{"Velor would wait for the council to rule before deciding whether to accept the result", true},
		{"the ministry will study the complaints before commenting", true},
		// counter-cases
		{"Velor congratulated Lena Dal before naming its new ambassador", false},
		{"the count had finished before midnight", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, defersVerdict(tc.text), tc.text)
	}
}

// TestDefersVerdictPlan: an act done before congratulating is no verdict
// put off.
func TestDefersVerdictPlan(t *testing.T) {
	assert.False(t, defersVerdict("the prime minister took half a day before congratulating Lena Dal"))
	assert.True(t, defersVerdict("the ministry will take its time before commenting on the outcome"))
}
