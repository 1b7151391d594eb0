package article

import "unicode/utf8"

// A middle initial inside a name ("George W. Bush", "John F. Kennedy"):
// the period right after a single capital letter, between two parts of a
// name, is part of the name, where forward stopped at any period but an
// honorific's.

// initialAt reports whether toks[k] is the period of a middle initial:
// attached to a one-letter capitalised word that continues a name (cls,
// the classes read so far, end with a name word) and followed by another
// capitalised word.
func (ix *intl) initialAt(toks []token, k int, cls []wordClass) bool {
	if k < 2 || k+1 >= len(toks) || !toks[k].is(".") || len(cls) < 2 || cls[len(cls)-1] != cName || cls[len(cls)-2] != cName {
		return false
	}
	ini, next := toks[k-1], toks[k+1]
	return ini.word() && ini.cap && utf8.RuneCountInString(ini.lower) == 1 && ini.end == toks[k].start && next.word() && next.cap
}
