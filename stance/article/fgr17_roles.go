package article

import "strings"

// euroPrefixes open the words for a member of the European Parliament
// and the like, which join the prefix to a role word: "eurodéputé",
// "eurodiputada", "eurodeputado", "евродепутат". Without them "a
// déclaré l'eurodéputé allemand X" lost its speaker: the role word is
// what lets a nationality adjective stand between it and the name.
var euroPrefixes = []string{"euro", "евро"}

// prefixedRole reports whether w is a role word after one of
// euroPrefixes ("eurodéputée", "евродепутата").
func (l *langLexicon) prefixedRole(w string) bool {
	for _, list := range [][]string{euroPrefixes, rec24mlOfficePrefixes[l.code]} { // "subjefe", "exdiputado" (lexicon_rec24ml.go)
		for _, p := range list {
			if b, ok := strings.CutPrefix(w, p); ok && len(b) > 3 {
				return l.isRole(b)
			}
		}
	}
	return false
}
