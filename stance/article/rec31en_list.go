package article

import (
	"unicode"
	"unicode/utf8"
)

// gluedBullet reports whether s[j:], right after a bullet at a line's
// start, opens the item with no space between: "*Sarnian President Jo Roe
// wrote …", as reaction roundups copied from the web often print it. The
// item must open with a capital letter, so "*ahem*" or "**" stay text.
func gluedBullet(s string, j int) bool {
	r, _ := utf8.DecodeRuneInString(s[j:])
	return j < len(s) && unicode.IsUpper(r)
}

// quoteClosedLine reports whether the line break between prev and cur
// ends a paragraph although prev ends with no full stop: prev ends with a
// closing quotation mark and cur opens with a capital letter. In a
// roundup written one reaction a line ("Jo Roe wrote: ‘A world is
// collapsing’" then "Ivo Kask congratulated …") the quotation ends the
// item; a hard wrap inside a sentence rarely falls right after a closing
// mark before a capitalised word.
func quoteClosedLine(prev, cur string) bool {
	l, _ := utf8.DecodeLastRuneInString(prev)
	r, _ := utf8.DecodeRuneInString(cur)
	return (l == '’' || l == '”' || l == '"') && unicode.IsUpper(r) && !quoteCommaClosed(prev) // rev31en_narrow.go
}
