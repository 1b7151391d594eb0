package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadinessDenied: "not ready to recognise" puts recognition off
// (notready.go).
func TestReadinessDenied(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"he was not ready to recognise Ivo Kask as president", true},
		{"Velor was not yet prepared to congratulate anyone", true},
		{"he’s not ready to accept Halvek’s re-election", true},
		{"we aren't ready to accept these figures", true},
		// counter-cases: a refusal for ever, a readiness affirmed, another verb
		{"he would never be ready to accept Kask", false},
		{"Velor was ready to recognise the winner", false},
		{"he was not ready to comment", false},
		// counter-case: a relative clause describes someone else's readiness
		{"voters who were not ready to accept the new rules had stayed home", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, readinessDenied(tc.text), tc.text)
	}
}
