package article

import "strings"

// A body that speaks through an officer whose title runs on past its
// office word: "El Departamento de Estado, por medio de su portavoz
// adjunta para el hemisferio, X, destacó …", "Le Quai d'Orsay, par la
// voix de son porte-parole adjoint chargé de l'Afrique, X, a salué …",
// "O Itamaraty, por meio do seu porta-voz para a América Latina, X,
// afirmou …". beforeParenthetical (intl_reported.go) took the officer
// only when the title and the name parse as one apposition; the long
// title left the body as the speaker.

// rec24mlThroughLongTitle returns the person named between the last two
// commas of the adverbial toks[s:b] that opens with a through phrase: the
// adverbial opens with a possessive or article and an office word
// (within two words), the name is a person's (of two words or more) and
// fills the segment from the comma to toks[b] exactly.
func (ix *intl) rec24mlThroughLongTitle(toks []token, s, b int) phrase {
	if b >= len(toks) || !toks[b].is(",") || s >= b {
		return phrase{}
	}
	office := false
	for k := s; k < b && k < s+2; k++ {
		office = office || toks[k].word() && ix.lx.isRole(toks[k].lower)
	}
	c := b - 1
	for c > s && !toks[c].is(",") {
		c--
	}
	if !office || c <= s+1 {
		return phrase{}
	}
	p := ix.forward(toks, c+1)
	if p.kind != pName || p.hi != b || !strings.Contains(p.name, " ") {
		return phrase{}
	}
	return p
}

// rec24mlThroughBefore returns the officer of a through adverbial that
// ends with the comma toks[b] right before a verb of saying ("…, por
// medio de su portavoz adjunta para el hemisferio, X, destacó que …"):
// the quotation's attribution reads its subject back from the verb.
func (ix *intl) rec24mlThroughBefore(toks []token, b int) phrase {
	if b < 4 || !toks[b].is(",") {
		return phrase{}
	}
	for j := b - 2; j > 0 && j >= b-14; j-- {
		if toks[j].isTerm() || toks[j].kind == tQuote {
			return phrase{}
		}
		if !toks[j].is(",") {
			continue
		}
		if n := matchPhrase(toks, j+1, ix.lx.through); n > 0 {
			if p := ix.apposed(toks, j+1+n); p.kind == pName && p.role != "" && p.hi == b {
				return p
			}
			return ix.rec24mlThroughLongTitle(toks, j+1+n, b)
		}
	}
	return phrase{}
}
