package article

import (
	"strings"
	"unicode/utf8"
)

// A middle initial inside a name ("George W. Bush", "John F. Kennedy"):
// the tokenizer keeps an initial with its period (initialPeriod), and after
// a name word such a word continues the name, where "M." opening a name is
// the French honorific.

// initialWord reports whether t is an initial kept with its period.
func initialWord(t token) bool {
	return t.word() && t.cap && utf8.RuneCountInString(t.lower) == 2 && strings.HasSuffix(t.lower, ".")
}
