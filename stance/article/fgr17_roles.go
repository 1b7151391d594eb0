package article

import "strings"

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
