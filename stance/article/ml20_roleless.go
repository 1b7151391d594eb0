package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleless reports whether the office p, which would refer back to the
// person s named just before, is a spokesperson's (spokesHeadsLang) for
// a place or body it names with a capitalised word after its head ("el
// portavoz de la Casa Blanca", "der Sprecher des Weißen Hauses",
// "пресс-секретарь Белого дома") while s was named with no office at all
// ("Santiago Peña ganó las elecciones."): the spokesperson is someone
// else, who speaks for that body. Other offices may refer back so ("„…“,
// sagte der Kanzlerkandidat der Union" after "Armin Laschet hat sich
// nicht bewegt").
func (ix *intl) roleless(s *speaker, p phrase) bool {
	if s.role != "" || !spokesHeadsLang[p.head] {
		return false
	}
	f := strings.Fields(p.role)
	for _, w := range f[min(1, len(f)):] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// namedAgain reports whether the person the previous sentence named is
// the one the current sentence names after an office: "X ganó. El
// ministro de Exteriores de Chile dijo que felicitan a X" — the office,
// which speaks of X, is not X (backRef).
func (ix *intl) namedAgain() bool {
	return ix.lastNamed != nil && ix.earlierNamed != nil && ix.lastNamed.canon() == ix.earlierNamed.canon()
}
