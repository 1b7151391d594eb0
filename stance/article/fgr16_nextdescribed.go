package article

import "strings"

// A commentator described in the sentence after the one that names them.
// An interview's lead often names the interviewee and then says what
// they do in a sentence of its own that opens with a pronoun: "… haben
// wir mit X gesprochen. Sie leitet das Amerika-Programm am Berliner
// Institut für …", "Nous avons rencontré X. Il enseigne à l'université
// de …". The title, the verb of a commentator's trade or the research
// body they work at (researchBodies) then describes them as an apposition
// would (isCommentator).

// nextSentenceSpan is how many bytes may follow a name before the end of
// its sentence, and nextWords how many words of the next sentence are read.
const (
	nextSentenceSpan = 60
	nextWords        = 8
)

// describedNext reports whether a mention of a name form ends its sentence
// within nextSentenceSpan bytes, and the next sentence opens with a
// personal pronoun and has, within its first nextWords words, a
// commentator's title or verb or a research body.
func (l *langLexicon) describedNext(text string, forms []string) bool {
	return anyMention(text, forms, func(start, end int) bool {
		rest := text[end:]
		i := strings.IndexAny(rest, ".!?")
		if i < 0 || i > nextSentenceSpan || strings.ContainsAny(rest[:i], "\n«»„“\"") {
			return false
		}
		w := actionWords(rest[i+1:])
		if len(w) < 2 || !l.pronouns[w[0]] {
			return false
		}
		for _, x := range w[1:min(len(w), nextWords)] {
			if l.commentatorWord(x) || l.commentatorVerbs[x] || containsAny(x, researchBodies) {
				return true
			}
		}
		return false
	})
}

// containsAny reports whether w contains one of parts.
func containsAny(w string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}
