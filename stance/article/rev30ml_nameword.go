package article

import (
	"strings"
	"unicode"
)

// A surname that is also an occupation's word is no title. describedBy
// read every word of a speaker's name forms as a possible title, so "le
// syndicaliste Paul Maçon", "die Gewerkschafterin Anna Bergmann", "el
// sindicalista Mario Pescador" or "Anna Bauer" were taken for a mason, a
// miner, a fisherman or a farmer asked in the street, and their remarks
// dropped as off-topic. A capitalised word right after another
// capitalised word of the name (with only a space between) stands in the
// name; a title opens the form ("Bergmann Uwe Kranz", "Шахтёр Виктор
// Гусев") or follows an article ("Der Hafenarbeiter Jens Bauer").

// rev30mlFormTitled reports whether a word of the name form f, other than
// one standing inside the name, is a title.
func (l *langLexicon) rev30mlFormTitled(f string, title func(string) bool) bool {
	fs := strings.Fields(f)
	for i, raw := range fs {
		if i > 0 && l.rev30mlInName(fs[i-1], raw, title) {
			continue
		}
		for _, w := range actionWords(raw) {
			if title(w) {
				return true
			}
		}
	}
	return false
}

// rev30mlInName reports whether cur continues a name after prev: both
// capitalised, prev closing with a letter (no comma between), and prev
// neither an article nor a title itself.
func (l *langLexicon) rev30mlInName(prev, cur string, title func(string) bool) bool {
	p, c := []rune(prev), []rune(cur)
	if len(p) == 0 || len(c) == 0 || !unicode.IsUpper(p[0]) || !unicode.IsUpper(c[0]) || !unicode.IsLetter(p[len(p)-1]) {
		return false
	}
	w := lowerWord(prev)
	return !l.determiners[w] && !l.stops[w] && !title(w)
}
