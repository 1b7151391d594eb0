package corpus

import (
	"encoding/json"
	"strings"
)

// Example is one labelled statement.
type Example struct {
	// ID identifies the example within its corpus. Readers generate
	// "<name>:<line>" when the input has no id.
	ID string
	// Text is the statement, as it appears in the input.
	Text string
	// Label is the example's class, or "" for unlabelled input.
	Label Label
	// Meta holds every other field or column. JSON values that are not
	// strings are kept as their compact JSON text, so a JSON field
	// "tags": ["negation", "mixed"] becomes Meta["tags"] ==
	// `["negation","mixed"]`. Meta is nil when there are no other fields.
	Meta map[string]string
}

// Tags returns the tags in Meta["tags"], which may be a JSON array of
// strings (as read from JSON Lines) or a semicolon-separated list such as
// "negation;mixed" (as written in CSV). Surrounding space is trimmed and
// empty tags are dropped. Tags returns nil when there are none.
func (e Example) Tags() []string {
	s := strings.TrimSpace(e.Meta["tags"])
	if s == "" {
		return nil
	}
	var tags []string
	if strings.HasPrefix(s, "[") {
		var raw []json.RawMessage
		if err := json.Unmarshal([]byte(s), &raw); err == nil {
			for _, r := range raw {
				var t string
				if err := json.Unmarshal(r, &t); err != nil {
					t = string(r) // a non-string element: keep its JSON text
				}
				if t = strings.TrimSpace(t); t != "" {
					tags = append(tags, t)
				}
			}
			return tags
		}
	}
	for t := range strings.SplitSeq(s, ";") {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, t)
		}
	}
	return tags
}

// Election returns Meta["election"], the election the statement is about.
func (e Example) Election() string {
	return e.Meta["election"]
}
