package article

import "strings"

// A live ticker sets each entry's heading on a line of its own between
// runs of plus signs, with the entry's text on the next line of the same
// paragraph ("+++ 12.20 Uhr: Steinmeier gratuliert +++" then
// "Außenminister Frank-Walter Steinmeier (SPD) gratulierte …"). The
// heading has no final period, so without a break the entry's first
// sentence would begin with the heading and its subject would not open
// it. A line break ends a sentence when the line before it opens or
// closes with such a run (tickerMark); other line breaks inside a
// paragraph are spaces (hard-wrapped text).

// tickerMark opens or closes a ticker's heading line.
const tickerMark = "+++"

// headingBreak reports whether a line break between the offsets end and
// start of text (the end of one token and the start of the next) closes
// a ticker's heading line.
func headingBreak(text string, end, start int) bool {
	if end > start || start > len(text) || !strings.Contains(text[end:start], "\n") {
		return false
	}
	line := strings.TrimSpace(text[strings.LastIndexByte(text[:end], '\n')+1 : end])
	return strings.HasPrefix(line, tickerMark) || strings.HasSuffix(line, tickerMark)
}
