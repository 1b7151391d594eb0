package article

import (
	"slices"
	"strings"
)

// Role descriptions that refer back to a person named before. News prose
// names a person once and then varies the name with a description: "O
// adversário tucano, Geraldo Alckmin, reconheceu …. «…», disse o
// ex-governador"; "…, Aldo Ajello, declarou …. «…», disse o diplomata
// italiano"; "le Premier ministre de M. Ouattara, Guillaume Soro, a salué
// …. « … », a lancé l'ancien chef rebelle"; "Le chef de l'État sortant,
// Macky Sall, a suivi. « … », a déclaré le président". backRef refuses
// an office the person's own office does not hold, so each became a
// speaker of its own. As English does (described.go), a definite office
// that is (1) one held before ("ex-", "antigo", "ancien", "ehemalige",
// "бывший") or (2) a description rather than a post (ref22DescriptionHeads:
// "diplomata", "Politiker", "политик"), with any nationality or party
// adjective, is the person named last, in the same sentence before it or
// in the one before; and (3) a bare office is the most recent person whose
// office names the same post by a synonym or a periphrasis of the
// language (officeSynonyms: "el mandatario" is "el presidente Ernesto
// Zedillo"; officeAliases: "le président" is "le chef de l'État sortant,
// Macky Sall"), so that a person named in between as the object of the
// sentence ("…, Vicente Fox, será el próximo presidente") does not take
// it. Only persons resolved as speakers are candidates, so a winner named
// as whom someone congratulated is never one.

// ref22RoleRef resolves p by the rules above; nil when none applies.
func (ix *intl) ref22RoleRef(p phrase) *speaker {
	if p.kind != pRole || !p.definite || ix.institution(p.head) || ix.lx.roles[p.head] && ix.lx.commentatorWord(p.head) {
		return nil
	}
	head, _ := ix.core(p.head)
	former := false
	for _, pre := range ref22FormerPrefixes {
		if b, ok := strings.CutPrefix(head, pre); ok && b != "" {
			former = true
		}
	}
	for _, m := range p.mods {
		if ref22FormerWords[ix.lx.code][strings.ToLower(m)] {
			former = true
		}
	}
	if former || ref22DescriptionHeads[ix.lx.code][head] {
		return ix.ref22LastNamed(p, nil)
	}
	if ix.lab29grCompoundDescription(head) { // lab29gr_compound.go: "die CDU-Politikerin"
		return ix.ref22LastNamed(p, func(s *speaker) bool { return ix.rev29grCompoundFits(p, head, s) }) // rev29gr_narrow.go
	}
	if len(p.mods) > 0 {
		return nil
	}
	x := ix.x
	for j := len(x.entries) - 1; j >= 0 && j >= len(x.entries)-64; j-- {
		e := x.entries[j].canon()
		if e.kind == pName && e.role != "" && (ix.sameOffice(e.role, head) || ix.ref22AliasHolds(e.role, head)) {
			e.addAlias(p.text)
			x.lastSingular = e
			return e
		}
	}
	return nil
}

// ref22LastNamed is the person named last, in the same sentence before p
// or in the previous one, when a person named in full (not a body) and
// fits, when given, accepts them.
func (ix *intl) ref22LastNamed(p phrase, fits func(*speaker) bool) *speaker {
	named, sent, lo := ix.lastNamed, ix.lastNamedSent, ix.lastNamedLo
	if named == nil || ix.x.sentNo-sent > 1 {
		return nil
	}
	if sent == ix.x.sentNo && lo > p.lo {
		if ix.earlierNamed == nil || ix.x.sentNo-ix.earlierNamedSent != 1 {
			return nil
		}
		named = ix.earlierNamed
	}
	s := named.canon()
	if s.kind != pName || ix.bodyName(s) || !strings.Contains(s.name, " ") && s.role == "" || fits != nil && !fits(s) {
		return nil
	}
	s.addAlias(p.text)
	ix.x.lastSingular = s
	return s
}

// ref22AliasHolds reports whether role names the office head by one of
// the language's periphrases (officeAliases: "chef de l'État sortant"
// holds "président").
func (ix *intl) ref22AliasHolds(role, head string) bool {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(role)) {
		c, _ := ix.core(w)
		words = append(words, c)
	}
	for key, office := range ix.lx.officeAliases {
		if office != head {
			continue
		}
		all := true
		for _, k := range strings.Fields(key) {
			all = all && slices.Contains(words, k)
		}
		if all {
			return true
		}
	}
	return false
}
