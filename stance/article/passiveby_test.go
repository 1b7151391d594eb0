package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestPassiveBy: a stance told in the passive gives its agents the act
// (passiveby.go); sentences invented for the test.
func TestPassiveBy(t *testing.T) {
	const lead = "Reactions\n\nTARN (Wire) — Ivo Kask was declared the winner on Sunday. "
	tests := []struct {
		name, text string
		want       []want
	}{
		{"one agent with a title", lead + "Kask was congratulated by Polish President Anna Wik.",
			[]want{{"Anna Wik", Action, "Kask was congratulated", 0}}},
		{"two agents, an adverb before the participle", lead + "Kask was also congratulated by Polish President Anna Wik and Czech Prime Minister Jan Dvorak.",
			[]want{{"Anna Wik", Action, "Kask was also congratulated", 0}, {"Jan Dvorak", Action, "Kask was also congratulated", 1}}},
		{"a time between the participle and by, an apposition after the agent", lead + "He was congratulated on Monday by Anna Wik, the Polish president.",
			[]want{{"Anna Wik", Action, "He was congratulated", 0}}},
		{"the result rejected", lead + "The result was rejected by opposition leader Tomas Reed.",
			[]want{{"Tomas Reed", Action, "The result was rejected", 0}}},
		// counter-case: no stance participle
		{"a participle of no stance", lead + "The result was announced by commission chairman Lena Dal.", nil},
		// counter-case: the stance participle is active; the passive in the
		// relative clause has no stance participle
		{"an active participle", lead + "Tomas Reed rejected the count, which was announced by commission chairman Lena Dal.",
			[]want{{"Tomas Reed", Action, "rejected the count, which was announced by commission chairman Lena Dal", 0}}},
		// counter-case: no person after by
		{"by and no person", lead + "Kask was congratulated by phone.", nil},
		{"the result accepted, the victory welcomed", lead + "The result was accepted by Tomas Reed. Kask's victory was welcomed by Lena Dal.",
			[]want{{"Tomas Reed", Action, "The result was accepted", 0}, {"Lena Dal", Action, "Kask's victory was welcomed", 1}}},
		// counter-cases: greeting or accepting a person tells a meeting or
		// an admission, no stance
		{"a person greeted or accepted", lead + "Kask was greeted by Lena Dal at the airport. In 1998 he was accepted by the Norland Bar.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestPassiveRejection: the verb rule's reading of a rejection in the
// passive.
func TestPassiveRejection(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Tomas Reed", "Reed"}}
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"The result was rejected", verdictHostile},
		{"The count was swiftly disputed", verdictHostile},
		{"Kask's victory was welcomed", verdictRecognising},
		{"Kask was congratulated", verdictRecognising},
		// counter-cases: negated, and no result, vote or figures in the subject
		{"The result was not rejected", verdictNone},
		{"The will of the majority, expressed at the ballot box, must never be contested", verdictNone},
		{"His proposal was rejected", verdictNone},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			words := actionWords(tc.text)
			assert.Equal(t, tc.want == verdictHostile, passiveRejection(words))
			if tc.want != verdictNone {
				assert.Equal(t, tc.want, actionStance(ctx, tc.text))
			}
		})
	}
}
