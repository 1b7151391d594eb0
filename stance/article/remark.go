package article

import "fmt"

// Kind tells how a remark is rendered in the article.
type Kind uint8

const (
	// Direct is a remark in quotation marks.
	Direct Kind = iota + 1
	// Reported is indirect speech ("X said that …") or a reported stance
	// ("X congratulated Y on …").
	Reported
)

func (k Kind) String() string {
	switch k {
	case Direct:
		return "direct"
	case Reported:
		return "reported"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText writes "direct" or "reported".
func (k Kind) MarshalText() ([]byte, error) {
	if k != Direct && k != Reported {
		return nil, fmt.Errorf("article: invalid kind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText reads "direct" or "reported".
func (k *Kind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "direct":
		*k = Direct
	case "reported":
		*k = Reported
	default:
		return fmt.Errorf("article: unknown kind %q (want direct or reported)", b)
	}
	return nil
}

// Remark is one statement found in an article.
//
// Offsets are byte offsets into the article: article[Start:End] == Text
// always holds, and QuoteStart <= Start <= End <= QuoteEnd.
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
}
