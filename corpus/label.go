package corpus

import (
	"slices"
	"strings"
)

// Label is the class of a labelled statement, and the class a model
// predicts. It is one type for the whole project: the corpus readers, the
// models and the evaluation all use corpus.Label. Any string is a label; the
// leaders' corpus uses the three stances below.
type Label string

func (l Label) String() string { return string(l) }

// The stances toward recognising an election's declared winner, the labels
// of the leaders' corpus (GUIDELINES.md).
const (
	// Recognising congratulates the declared winner, accepts the result
	// (grudgingly included) or commits to work with the winner.
	Recognising Label = "recognising"
	// Withholding delays or declines recognition without rejecting the
	// result: waiting for official, legal or final results, "too early",
	// taking note, calling for verification.
	Withholding Label = "withholding"
	// Hostile rejects the result or its legitimacy, alleges fraud, attacks or
	// mocks the other side, says relations are ruined, or recognises a rival
	// claimant.
	Hostile Label = "hostile"
)

// LeaderLabels returns the labels of the leaders' corpus in their canonical
// (report) order: recognising, withholding, hostile. Each call returns a new
// slice, so a caller may keep or modify it.
func LeaderLabels() []Label { return []Label{Recognising, Withholding, Hostile} }

// joinLabels lists labels for an error message: "a, b, c".
func joinLabels(ls []Label) string {
	s := ""
	for i, l := range ls {
		if i > 0 {
			s += ", "
		}
		s += string(l)
	}
	return s
}

// The tones of a remark (GUIDELINES.md, "Tone"): its wording's emotional
// valence, whatever its stance. Positive and Negative are also the labels
// of general polarity.
const (
	// Positive: warm, celebratory, hopeful.
	Positive Label = "positive"
	// Neutral: factual, procedural, diplomatically flat.
	Neutral Label = "neutral"
	// Negative: angry, accusatory, mocking, alarmed, sorrowful, grudging.
	Negative Label = "negative"
)

// ToneLabels returns the tones of the corpus's "tone" field in their
// report order: positive, neutral, negative. Each call returns a new slice.
func ToneLabels() []Label { return []Label{Positive, Neutral, Negative} }

// PolarityLabels returns the labels of general sentiment polarity:
// positive, negative. Each call returns a new slice.
func PolarityLabels() []Label { return []Label{Positive, Negative} }

// MatchLabel returns the label of labels that l is, or spells another way:
// in other letter case ("Hostile"), with surrounding space, or in American
// spelling ("recognizing"). Files labelled outside the project write labels
// so; one of labels, not a guess, is what comes back, and false means l is
// none of them.
func MatchLabel(l Label, labels []Label) (Label, bool) {
	if slices.Contains(labels, l) {
		return l, true
	}
	k := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(string(l))), "izing", "ising")
	for _, a := range labels {
		if string(a) == k {
			return a, true
		}
	}
	return "", false
}
