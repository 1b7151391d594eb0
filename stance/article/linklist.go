package article

import (
	"slices"
	"strings"
)

// A page copied from a news site carries lists of links to other stories
// inside the article: "RELATED COVERAGE" (or "READ MORE", "MORE ON THIS
// STORY") on a line of its own, then one headline a line, none ending a
// sentence. Blank lines only around it, the list is one paragraph, which
// read as text runs the headlines together ("RELATED COVERAGE Norland
// opposition vows to fight on in court Kask names new cabinet") and gives
// other stories' subjects remarks. Such a paragraph is dropped.

// dropLinkLists removes from blocks the paragraphs after the headline that
// are link lists: furniture (they end no sentence) of several lines whose
// first line is a label in capitals of at most five words, one of them a
// word of links (linkLabelWords): a section's label ("QUOTES", "FRANCE")
// may head lines of attributed quotes or reactions that lost their stops.
func dropLinkLists(text string, blocks []block) []block {
	return slices.DeleteFunc(blocks, func(b block) bool {
		if b.headline || !b.furniture {
			return false
		}
		p := text[b.start:b.end]
		nl := strings.IndexByte(p, '\n')
		if nl < 0 {
			return false
		}
		label := strings.Fields(p[:nl])
		if len(label) == 0 || len(label) > 5 {
			return false
		}
		link := false
		for _, w := range label {
			if strings.ToUpper(w) != w {
				return false
			}
			link = link || linkLabelWords[strings.ToLower(w)]
		}
		return link && allCaps(strings.Join(label, "")) // at least two letters
	})
}
