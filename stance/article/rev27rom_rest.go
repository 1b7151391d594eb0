package article

import "strings"

// sentenceRestAfter is the text of the remark rm's sentence after the
// remark, up to the sentence's end ("… sera le prochain président » et a
// dit qu'il attendrait …"): the words a rule reading the remark checks
// for a turn, a condition or a wait the extractor gave to another remark.
func sentenceRestAfter(text string, rm Remark) string {
	if rm.End < 0 || rm.End > len(text) {
		return ""
	}
	rest := text[rm.End:]
	if k := strings.IndexAny(rest, ".!?\n"); k >= 0 {
		rest = rest[:k]
	}
	return rest
}
