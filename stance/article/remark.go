package article

import "fmt"

// Kind tells how a remark is rendered in the article.
type Kind uint8

const (
	// Direct is a remark in quotation marks, or a sentence of an interview
	// answer ("A: …").
	Direct Kind = iota + 1
	// Reported is indirect speech ("X said that …") or a reported stance
	// ("X congratulated Y on …").
	Reported
	// Action is a reported act ("X congratulated Y", "X has yet to
	// congratulate Y", "X remained silent"), one remark per actor.
	Action
)

func (k Kind) String() string {
	switch k {
	case Direct:
		return "direct"
	case Reported:
		return "reported"
	case Action:
		return "action"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText writes "direct", "reported" or "action".
func (k Kind) MarshalText() ([]byte, error) {
	if k != Direct && k != Reported && k != Action {
		return nil, fmt.Errorf("article: invalid kind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText reads "direct", "reported" or "action".
func (k *Kind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "direct":
		*k = Direct
	case "reported":
		*k = Reported
	case "action":
		*k = Action
	default:
		return fmt.Errorf("article: unknown kind %q (want direct, reported or action)", b)
	}
	return nil
}

// Remark is one statement found in an article.
//
// Offsets are byte offsets into the article: article[Start:End] == Text
// always holds for plain text, and QuoteStart <= Start <= End <= QuoteEnd.
// An article holding HTML (character references such as "&quot;", tags
// such as "<p>") is read as a browser shows it, and Text is what it shows:
// then article[Start:End] is Text's markup, and Text is that span with
// its references decoded and its tags removed (block tags being paragraph
// breaks). Remarks do not
// overlap, except that a remark reported for several speakers at once
// ("A and B have yet to congratulate Y") is one remark per speaker with one
// span.
type Remark struct {
	// Speaker is the name of whoever made the remark as the article gives
	// it at its fullest ("Vladimir Putin" for a later "Mr Putin" or "he"),
	// or the phrase naming an unnamed speaker ("Kremlin spokesman", "world
	// leaders"). It is empty when no speaker could be identified.
	Speaker string `json:"speaker"`
	// Role is the title joined to a named speaker ("Russian President"), as
	// first given in the article; empty when none was given.
	Role string `json:"role,omitempty"`
	// Text is what was said: the words between the quotation marks,
	// without surrounding spaces and a trailing comma or dash, for a direct
	// remark; the clause after the speech verb (or from the stance verb on)
	// without the sentence's closing punctuation, for a reported one.
	// Quotes nested in a remark stay in its text with their marks.
	Text string `json:"text"`
	Kind Kind   `json:"kind"`
	// Start and End delimit Text.
	Start int `json:"start"`
	End   int `json:"end"`
	// QuoteStart and QuoteEnd delimit Text with its quotation marks for a
	// direct remark (QuoteEnd is the end of the paragraph when the quote is
	// never closed); for a reported remark they equal Start and End.
	QuoteStart int `json:"quote_start"`
	QuoteEnd   int `json:"quote_end"`
	// Headline is set for a remark found in the headline.
	Headline bool `json:"headline,omitempty"`
	// Aliases are the other mentions of the speaker merged into Speaker
	// ("Russian President", "the Kremlin leader", "Mr Putin"), in the
	// order the article uses them.
	Aliases []string `json:"speaker_aliases,omitempty"`
	// For is whom a spokesperson speaks for when the text says so
	// ("Kremlin spokesman" → the leader the article calls "the Kremlin
	// leader", or "Kremlin"; "his spokeswoman" → the person "his" refers
	// to). A spokesperson's remarks stay theirs.
	For string `json:"for,omitempty"`
	// Run is the index (in the returned slice) of the first remark of the
	// run this remark belongs to. A run is a speaker's consecutive remarks
	// that continue each other: a quotation introduced by "added" or
	// "continued", one opening a sentence with no attribution of its own
	// after the same speaker's remark, the second half of a split quote.
	// A remark on its own is a run of one (Run is its own index).
	Run int `json:"run"`
	// NoStance marks an action that the text reports without a stance
	// ("X remained silent", "X has not commented"): it is not classified.
	NoStance bool `json:"no_stance,omitempty"`
	// Inferred marks a remark that no construction of the language gave:
	// the rest of an otherwise unread sentence that names one person, in
	// the languages other than English (intl_fallback.go), or the clause
	// of a subject and a verb no rule knows in a sentence that gave no
	// remark (clause_fallback.go). It is the reader's guess, less certain
	// than the other remarks.
	Inferred bool `json:"inferred,omitempty"`
}
