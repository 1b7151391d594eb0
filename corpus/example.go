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
	return splitList(e.Meta["tags"], ";")
}

// Winner returns the declared winner's name forms in Meta["winner"]: the
// context that lets a model tell praise for the winner from praise for a
// rival. The accessors of this package fill it from [Elections] unless the
// statement has its own; files read with [ReadJSONL] or [ReadCSV] carry it
// as a "winner" field, a JSON array of strings or a cell in the syntax of
// [ParseNames]. Winner returns nil when there is none.
func (e Example) Winner() []string {
	return ParseNames(e.Meta["winner"])
}

// Rivals returns the rivals' name forms in Meta["rivals"] (every main
// losing candidate or rival claimant, all in one list), read as [Example.Winner]
// reads Meta["winner"]. Rivals returns nil when there are none.
func (e Example) Rivals() []string {
	return ParseNames(e.Meta["rivals"])
}

// ParseNames parses a list of name forms as the project writes it outside
// JSON: forms separated by "|", as in the flag value
// "Nicolás Maduro|Maduro" or a CSV cell, where a comma or semicolon could
// be part of a name ("Alliance 90/The Greens; Bündnis 90"). Text that is a
// JSON array of strings, as Meta holds a JSON Lines array, is read as
// that array. Surrounding space is trimmed and empty forms are dropped;
// ParseNames returns nil when no form is left.
func ParseNames(s string) []string {
	return splitList(s, "|")
}

// splitList returns the elements of s, a JSON array of strings or a list
// separated by sep, trimmed, without empty ones; nil when there are none.
// A non-string element of a JSON array is kept as its JSON text.
func splitList(s, sep string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var out []string
	if strings.HasPrefix(s, "[") {
		var raw []json.RawMessage
		if err := json.Unmarshal([]byte(s), &raw); err == nil {
			for _, r := range raw {
				var t string
				if err := json.Unmarshal(r, &t); err != nil {
					t = string(r) // a non-string element: keep its JSON text
				}
				if t = strings.TrimSpace(t); t != "" {
					out = append(out, t)
				}
			}
			return out
		}
	}
	for t := range strings.SplitSeq(s, sep) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// Election returns Meta["election"], the election the statement is about.
func (e Example) Election() string {
	return e.Meta["election"]
}
