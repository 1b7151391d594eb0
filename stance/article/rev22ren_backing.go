package article

import (
	"strings"
	"unicode"
)

// rev22ren narrows backedStance (rec22en_backing.go): backing counts as
// a likeness to the remark just before only when its object names that
// remark back, not when it names its own content or another's stance.
// Probes found it firing on "backed the decision to raise fuel taxes",
// "stood behind her statement on the budget" (the object's content is
// named after the noun: another matter), "backed the commission's
// decision" (an authority's act, not the last speaker's) and "backed the
// Australian position" (a stance named by its holder, who need not be
// the last speaker).

// backedOther reports whether the object of a backing verb, from w's
// index k (its determiner) to the noun n, names its own content or
// another holder: a backedContent word right after the noun (unless the
// result is named within five words: "the decision to challenge the
// count" is the stance reported), a
// possessive authority ("the commission's decision": authorityBodies)
// or a capitalised word ("the Australian position", "the EU's line")
// between the determiner and the noun. caps flags the capitalised words
// of w (nil when unknown).
func backedOther(w []string, caps []bool, k, n int) bool {
	if n+1 < len(w) && backedContent[w[n+1]] && !resultObject(w, n+1) {
		return true // "the decision to raise taxes"; not "the decision to challenge the count"
	}
	for j := k + 1; j < n; j++ {
		if j < len(caps) && caps[j] {
			return true
		}
		if stem := strings.TrimSuffix(strings.TrimSuffix(w[j], "'s"), "’s"); stem != w[j] && authorityBodies[stem] {
			return true
		}
	}
	return false
}

// wordCaps flags which of the words actionWords finds in text start with
// an upper-case letter.
func wordCaps(text string) []bool {
	f := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-')
	})
	caps := make([]bool, len(f))
	for i, w := range f {
		for _, r := range w {
			caps[i] = unicode.IsUpper(r)
			break
		}
	}
	return caps
}
