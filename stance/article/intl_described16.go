package article

import (
	"slices"
	"strings"
)

// describedAfter gives the person p names (the speaker s) the office
// described after the name between commas, when s has none yet: "Charles
// Mena, chef de l'opposition, a rejeté …", "Carlos Mena, líder de la
// oposición, rechazó …" (appositionAfterName: an office word, then up to
// the closing comma). A later "le chef de l'opposition" or "el líder
// opositor" then refers back to that person, as it does after "le chef de
// l'opposition, Charles Mena,"; before, the description was skipped, so
// the office became a speaker of its own or went to whoever was named
// last.
func (ix *intl) describedAfter(toks []token, p phrase, s *speaker) {
	if s == nil || p.role != "" || p.hi >= len(toks) || !toks[p.hi].is(",") {
		return
	}
	e := ix.appositionAfterName(toks, p.hi)
	if e <= p.hi+1 {
		return
	}
	if c := s.canon(); c.role == "" {
		c.role = span(ix.x.text, toks, p.hi+1, e)
	}
}

// describedHolder returns the person named earlier whose office has the
// definite office p's head (or a word of its stem) and, for each of p's
// modifiers, a word of the same stem (its first five letters, past an
// elided article): "el líder
// opositor" is the "líder de la oposición" named before, "le chef de
// l'opposition" the "chef de l'opposition". Only a person named in full
// with that office is found, the latest first; nil when none is.
func (ix *intl) describedHolder(p phrase) *speaker {
	if p.kind != pRole || !p.definite || len(p.mods) == 0 {
		return nil
	}
	x := ix.x
	for j := len(x.entries) - 1; j >= 0 && j >= len(x.entries)-64; j-- {
		e := x.entries[j].canon()
		if e.kind != pName || !ix.holds(e, p.head) && !ix.stemsIn([]string{p.head}, e.role) || !ix.stemsIn(p.mods, e.role) {
			continue
		}
		e.addAlias(p.text)
		x.lastSingular = e
		return e
	}
	return nil
}

// stemsIn reports whether every word of mods shares its first five
// letters (all of a shorter word) with a word of role.
func (ix *intl) stemsIn(mods []string, role string) bool {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(role)) {
		c, _ := ix.core(w)
		words = append(words, c)
	}
	for _, m := range mods {
		c, _ := ix.core(strings.ToLower(m))
		stem := string([]rune(c)[:min(5, len([]rune(c)))])
		if !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, stem) }) {
			return false
		}
	}
	return true
}
