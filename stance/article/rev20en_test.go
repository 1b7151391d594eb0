package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRev20enOpenUnsaid: a question left open is a withholding act only
// when it asks about the result or the speaker's position on it; a
// question of no stance ("when he would travel") or of the calendar ("when
// the count would end") is read as before (sentences invented).
func TestRev20enOpenUnsaid(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"when he would travel", "Ivo Kask won the vote.\n\nJo Roe would not say when he would travel to the capital.",
			[]want{{"Jo Roe", Reported, "when he would travel to the capital", 0}}},
		{"how many observers", "Ivo Kask won the vote.\n\nMara Holt did not say how many observers her group had sent.",
			[]want{{"Mara Holt", Reported, "how many observers her group had sent", 0}}},
		{"whether a summit", "Ivo Kask won the vote.\n\nMara Holt would not say whether she would attend a summit next month.",
			[]want{{"Mara Holt", Reported, "whether she would attend a summit next month", 0}}},
		{"who would replace him", "Ivo Kask won the vote.\n\nJo Roe would not say who would replace him as party chief.",
			[]want{{"Jo Roe", Reported, "who would replace him as party chief", 0}}},
		{"when the count would end", "Ivo Kask won the vote.\n\nMara Holt did not say when the count would end.",
			[]want{{"Mara Holt", Reported, "when the count would end", 0}}},
		// the construction itself, in other words
		{"who the office holder is", "Ivo Kask won the vote.\n\nMara Holt has not said who the prime minister is.",
			[]want{{"Mara Holt", Action, "has not said who the prime minister is", 0}}},
		{"where it stands", "Ivo Kask won the vote.\n\nThe ministry has not said where it stands on the result.",
			[]want{{"ministry", Action, "has not said where it stands on the result", 0}}},
		{"if she recognised", "Ivo Kask won the vote.\n\nMara Holt would not say if she recognised Kask as president.",
			[]want{{"Mara Holt", Action, "would not say if she recognised Kask as president", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev20enQuestionOnResult: unsaidQuestion's verdict needs a question
// about the result.
func TestRev20enQuestionOnResult(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"would not say whether her government accepted the outcome", true},
		{"has not said who the rightful president was", true},
		{"would not say when his government would recognise Kask", true},
		{"would not say where the government now stood", true},
		{"would not say when he would travel to the capital", false},
		{"refused to say how much the campaign had cost", false},
		{"did not say why the ambassador had been recalled", false},
		{"would not say when the results would be published", false},
		{"would not say who would replace him as party chief", false},
	}
	for _, tc := range tests {
		if got := unsaidQuestion(actionWords(tc.text)); got != tc.want {
			t.Errorf("unsaidQuestion(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestRev20enPressedPlace: "pressed X to" + a noun phrase is a gesture,
// not a request; "pressed X to" + a verb still is.
func TestRev20enPressedPlace(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"to his chest", "Reactions\n\nJo Roe pressed his hand to his chest as he read out the results.", nil},
		{"to the glass", "Reactions\n\nJo Roe pressed the letter to the glass for the cameras.", nil},
		{"implored to respect", "Reactions\n\nMara Holt implored both camps to respect the outcome.",
			[]want{{"Mara Holt", Action, "implored both camps to respect the outcome", 0}}},
		{"exhorted to reject", "Reactions\n\nJo Roe exhorted his followers to reject the count.",
			[]want{{"Jo Roe", Action, "exhorted his followers to reject the count", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev20enFreeRelativeCoordinated: a free relative in the subject's
// own clause, followed by ", and said", is no aside and stays a remark;
// one set off by commas before "said" is still an aside.
func TestRev20enFreeRelativeCoordinated(t *testing.T) {
	checkPattern(t, "Reactions\n\nJo Roe spoke of what he described as massive fraud, and said he would fight on.",
		[]want{{"Jo Roe", Action, "described as massive fraud", 0}, {"Jo Roe", Reported, "he would fight on", 1}})
	checkPattern(t, "Reactions\n\nJo Roe, in what he called a final warning, said the count was rigged.",
		[]want{{"Jo Roe", Reported, "the count was rigged", 0}})
}

// TestRev20enAmongRefusal: "was among the officials who refused to …" is
// the subject's own refusal, not the refusal of others it describes.
func TestRev20enAmongRefusal(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}}
	assert.Equal(t, verdictRecognising, actionStance(ctx, "congratulated Kask"))
	among := actionStance(ctx, "was among the officials who refused to recognise Kask")
	assert.Equal(t, actionStance(ctx, "refused to recognise Kask"), among)
	assert.NotEqual(t, verdictRecognising, among)
	// counter-case: a refusal of others the subject speaks of
	assert.Equal(t, verdictRecognising, actionStance(ctx, "congratulated Kask and criticised those who refused to accept the count"))
}
