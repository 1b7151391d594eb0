package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRev33enFallbackNearMisses: the clause fallback (clause_fallback.go)
// gives no remark to a name after a preposition of place (the subject is
// where, not who) nor to a question; the subject before the place, and a
// statement, still give one. Sentences written for the test.
func TestRev33enFallbackNearMisses(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][2]string
	}{
		{"a town after in", "A court in Nova Rada jailed the former minister for embezzlement.", nil},
		{"a body after outside the", "Protesters outside the Tarnian embassy jeered the count.", nil},
		{"a body after at the", "Workers at the Tarnian embassy embraced the result.", nil},
		{"a question", "Has Tarnian President Ivo Kask warmed to the result?", nil},
		// counter-cases
		{"a name before its seat", "Ivo Kask in Tarnia embraced the result.",
			[][2]string{{"Ivo Kask", "embraced the result"}}},
		{"a place opening the sentence", "In Tarnia, President Ivo Kask warmed to the result.",
			[][2]string{{"Ivo Kask", "warmed to the result"}}},
		{"a statement", "Tarnian President Ivo Kask warmed to the result.",
			[][2]string{{"Ivo Kask", "warmed to the result"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, inferredOf(tc.text), tc.text)
		})
	}
}

// TestRev33enFallbackSubordinate: a subject after a subordinator of time
// gives the fallback a clause that ends at the comma closing it (it ran on
// into the main clause's); after "if" it gives none.
func TestRev33enFallbackSubordinate(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][2]string
	}{
		{"after", "Days after Tarnian President Ivo Kask embraced the result, Lena Dal spurned it.",
			[][2]string{{"Ivo Kask", "embraced the result"}, {"Lena Dal", "spurned it"}}},
		{"when", "When Tarnian President Ivo Kask embraced the result, Lena Dal left the country.",
			[][2]string{{"Ivo Kask", "embraced the result"}, {"Lena Dal", "left the country"}}},
		{"if", "If Tarnian President Ivo Kask embraced the result, the opposition would protest.", nil},
		{"whether opening the sentence", "Whether Tarnian President Ivo Kask embraced the result remains unclear.", nil},
		// counter-case
		{"a time after the clause", "Tarnian President Ivo Kask embraced the result after the count.",
			[][2]string{{"Ivo Kask", "embraced the result after the count"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, inferredOf(tc.text), tc.text)
		})
	}
}
