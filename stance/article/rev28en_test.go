package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRev28enGreetedObject: "greeted" makes an act only when the result is
// its own object, not a word after a preposition, a participle or a
// modifier ("election observers"), and not when the result is greeted
// coldly (sentences invented for the test).
func TestRev28enGreetedObject(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"greeted the news of her victory",
			"Reactions\n\nThe envoy, Ivo Kask, greeted the news of Berg's victory.",
			[]want{{"Ivo Kask", Action, "greeted the news of Berg's victory", 0}}},
		{"greeted the landslide with relief",
			"Reactions\n\nIvo Kask greeted the landslide with relief.",
			[]want{{"Ivo Kask", Action, "greeted the landslide with relief", 0}}},
		// counter-cases
		{"greeted the crowd after the result",
			"Reactions\n\nThe mayor, Ivo Kask, greeted the crowd after the result was announced.",
			nil},
		{"greeted supporters waiting for the results",
			"Reactions\n\nIvo Kask greeted supporters waiting for the results outside his office.",
			nil},
		{"greeted election observers",
			"Reactions\n\nIvo Kask greeted election observers at the airport.",
			nil},
		{"greeted the result coldly",
			"Reactions\n\nIvo Kask greeted the result coldly.",
			nil},
		{"greeted the win warily",
			"Reactions\n\nIvo Kask greeted Berg's win warily, telling no one what he thought.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev28enCoolGreetings: a result greeted with a shrug, jeers or fury
// is no recognition.
func TestRev28enCoolGreetings(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Berg", "Berg"}, Rivals: []string{"Lena Dal", "Dal"}}
	for _, c := range []struct {
		text string
		want actionVerdict
	}{
		{"greeted the result with relief", verdictRecognising},
		{"greeted the result with a shrug", verdictNone},
		{"greeted the outcome with fury", verdictNone},
		{"greeted the result coldly", verdictNone},
	} {
		t.Run(c.text, func(t *testing.T) { assert.Equal(t, c.want, actionStance(ctx, c.text)) })
	}
}

// TestRev28enJoinedObject: a ", and" before a sentence-final attribution
// joins a second object of the request, and the attribution covers both;
// a ", and" clause whose speech verb goes on is a clause of its own.
func TestRev28enJoinedObject(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"own clause after ', and'",
			"Reactions\n\nIvo Kask advised Ana Berg to accept the verdict, and the board's chairman, Jon Roe, said the vote had been clean.",
			[]want{{"Ivo Kask", Action, "advised Ana Berg to accept the verdict", 0}, {"Jon Roe", Reported, "the vote had been clean", 1}}},
		{"second object, then the attribution",
			"Reactions\n\nPolice asked drivers to avoid the centre, and shops to close early, the police chief Ivo Kask said.",
			[]want{{"Ivo Kask", Reported, "Police asked drivers to avoid the centre, and shops to close early", 0}, {"Police", Reported, "Police asked drivers to avoid the centre, and shops to close early", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
