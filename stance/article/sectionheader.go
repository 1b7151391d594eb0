package article

import (
	"strings"
	"unicode"
)

// sectionHeader reports whether a line is a roundup's section header: a
// few words in capitals on a line of their own ("RIGHTS GROUPS",
// "TURKEY", "ЕВРОСОЮЗ"), with no sentence punctuation, colon or comma. A
// header never runs into the paragraph under it, which would otherwise
// join it as a hard wrap and make "RIGHTS GROUPS Brad Adams" the
// speaker's name. At least three letters, none in lower case, at most
// sectionHeaderWords words, and no word of a link list's label ("RELATED
// COVERAGE"): that label keeps its list in its paragraph, which
// dropLinkLists then drops whole (linklist.go).
func sectionHeader(line string) bool {
	letters := 0
	for _, r := range line {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case strings.ContainsRune(".!?…:;,\"“”«»", r):
			return false
		}
	}
	words := strings.Fields(line)
	if letters < 3 || len(words) > sectionHeaderWords {
		return false
	}
	for _, w := range words {
		if linkLabelWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// sectionHeaderWords bounds a header's length: a longer line in capitals
// is a shouted sentence or a headline, not a section's name.
const sectionHeaderWords = 5
