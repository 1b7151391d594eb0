package article

import "strings"

// A statement made jointly: "Die EU-Außenbeauftragte X nahm das Ergebnis
// in einer gemeinsamen Erklärung mit Erweiterungskommissar Y lediglich
// „zur Kenntnis“", "X a salué, dans une déclaration commune avec Y, …".
// Y made the statement as much as X did, so Y shares X's act or speech;
// the reader gave it to X alone.

// jointWords are one language's words of a joint statement: the stem of
// its adjective (or a second one), the nouns of a statement, and the
// preposition before the partner.
type jointWords struct {
	adjective, adjective2 string
	nouns                 map[string]bool
	with                  string
}

// jointActors adds, after the last part that starts before a joint
// statement with a person named in full (its subject or its verb comes
// first: "X a, dans une déclaration commune avec Y, …"), that person's
// copy of the part.
func (ix *intl) jointActors(toks []token, parts []reportedPart) []reportedPart {
	jw, ok := jointLexicon[ix.lx.code]
	if !ok || len(parts) == 0 {
		return parts
	}
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].word() || !jw.nouns[toks[i].lower] || !ix.jointAdjective(toks, i, jw) {
			continue
		}
		j := i + 1
		if j+1 < len(toks) && !toks[j].is(jw.with) && ix.isJointAdjective(toks[j].lower, jw) {
			j++ // "déclaration commune avec"
		}
		if !toks[j].is(jw.with) || j+1 >= len(toks) {
			continue
		}
		p := ix.apposed(toks, j+1)
		if !ix.isPerson(p) {
			continue
		}
		for k := len(parts) - 1; k >= 0; k-- {
			if parts[k].lo <= i && parts[k].spk != nil {
				c := parts[k]
				c.spk = ix.resolve(p)
				parts = append(parts[:k+1], append([]reportedPart{c}, parts[k+1:]...)...)
				break
			}
		}
	}
	return parts
}

// jointAdjective reports whether the statement noun toks[i] has the
// language's adjective of jointness right before or after it.
func (ix *intl) jointAdjective(toks []token, i int, jw jointWords) bool {
	return i > 0 && toks[i-1].word() && ix.isJointAdjective(toks[i-1].lower, jw) ||
		i+1 < len(toks) && toks[i+1].word() && ix.isJointAdjective(toks[i+1].lower, jw)
}

// isJointAdjective reports whether w opens with a stem of jointness.
func (ix *intl) isJointAdjective(w string, jw jointWords) bool {
	return strings.HasPrefix(w, jw.adjective) || jw.adjective2 != "" && strings.HasPrefix(w, jw.adjective2)
}
