package article

import "strings"

// A speaker of another language's article whose post is in a body that
// serves the public and takes no side in the vote (off25ServiceStems:
// "porte-parole du Haut-Commissariat pour les réfugiés", "portavoz de la
// Policía", ", responsável logística da missão", ", Sprecherin der
// Kongressverwaltung") holds a post, which kept them on the result
// (officeIn, intl_commentator.go), yet speaks of their service: camps,
// patrols, late ballot boxes, a hall made ready. Such a speaker is read
// as one described by an occupation (offTopicSpeakers): off the result
// unless a remark has a word of the election or names the winner or a
// rival, or the speaker reports an act.

// off25ServiceRole reports whether the speaker of rm is described by a
// post in such a body: a word of the role, or of a name form, or a title
// before a mention (describedBy), or a word among the first
// off25AppositionWords of the apposition after one (", portavoz de la
// Policía Nacional", ", porte-parole du Haut-Commissariat pour les
// réfugiés").
func (l *langLexicon) off25ServiceRole(text string, rm Remark) bool {
	forms := append([]string{rm.Speaker}, rm.Aliases...)
	return l.describedBy(text, rm.Role, forms, off25ServiceWord) || anyMention(text, forms, func(_, end int) bool {
		rest, ok := strings.CutPrefix(text[end:], ",")
		if !ok {
			return false
		}
		if i := strings.IndexAny(rest, clauseMarks); i >= 0 {
			rest = rest[:i]
		}
		w := actionWords(rest)
		for i := 0; i < len(w) && i < off25AppositionWords; i++ {
			if off25ServiceWord(w[i]) {
				return true
			}
		}
		return false
	})
}

// off25AppositionWords is how many words of an apposition may come
// before the body's word: a post, a preposition, an article, an agency's
// name ("porte-parole du Haut-Commissariat pour les réfugiés").
const off25AppositionWords = 6

// off25ServiceWord reports whether the lower-case word w names a body of
// public service (off25ServiceStems, off25ServiceSuffixes).
func off25ServiceWord(w string) bool {
	w = unelided(w)
	if rev26offGoverning(w) {
		return false // "UN-Übergangsverwaltung" governs (rev26off_verdict.go)
	}
	for _, s := range off25ServiceStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	for _, s := range off25ServiceSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
