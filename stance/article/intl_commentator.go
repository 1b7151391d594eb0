package article

import (
	"strings"
	"unicode/utf8"
)

// Commentators in the languages of lexicons are found as in English
// (commentator.go): an economist, a political scientist, a vendor quoted
// for colour rather than for a position on the result. An article says who
// they are, with a title before the name ("el economista Julio Ruiz",
// "Экономист Ольга Лисовская", "Die Politologin Anna Berg") or an
// apposition after it (", economista de la consultora …", ", analyste
// au cabinet …", ", аналитик компании …", ", Chefvolkswirtin der …",
// ", que vende empanadas …"). Coordinators and observers of a vote are not
// commentators: they speak about the count. Without a judge of the
// language (the default judge is English), a commentator's remarks are not
// about the result at all; with one, they need commentatorAbout as in
// English.

// commentatorSpeakers returns the names of the speakers of remarks whom
// text describes as commentators.
func (l *langLexicon) commentatorSpeakers(text string, remarks []Remark) map[string]bool {
	out := make(map[string]bool)
	seen := make(map[string]bool)
	for _, rm := range remarks {
		if rm.Speaker == "" || seen[rm.Speaker] {
			continue
		}
		seen[rm.Speaker] = true
		if l.isCommentator(text, rm.Role, append([]string{rm.Speaker}, rm.Aliases...)) {
			out[rm.Speaker] = true
		}
	}
	return out
}

// isCommentator reports whether a word of the speaker's role or of one of
// their name forms is a commentator's title, or a mention of a name form in
// text follows one (within three words: "la vendedora de verduras Ana
// Mora") or is followed by an apposition that opens with one within
// three words (", economista jefa de …", ", que vende …").
func (l *langLexicon) isCommentator(text, role string, forms []string) bool {
	for _, f := range append([]string{role}, forms...) {
		for _, w := range actionWords(f) {
			if l.commentatorWord(w) {
				return true
			}
		}
	}
	return anyMention(text, forms, func(start, end int) bool {
		return l.commentatorBefore(text[max(0, start-60):start]) || l.commentatorAfter(text[end:])
	})
}

// commentatorBefore reports whether one of the last three words of before
// (the text right before a name, which must end in a space) is a
// commentator's title, with no punctuation between it and the name.
func (l *langLexicon) commentatorBefore(before string) bool {
	if !strings.HasSuffix(before, " ") {
		return false
	}
	w := actionWords(before[lastClauseMark(before):])
	for i := len(w) - 1; i >= 0 && i >= len(w)-3; i-- {
		if l.commentatorWord(w[i]) {
			return true
		}
	}
	return false
}

// commentatorAfter reports whether after (the text right after a name)
// opens with a comma and, within its first three words, a commentator's
// title or a relative word and a commentator's verb ("que vende").
func (l *langLexicon) commentatorAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, ",")
	if !ok {
		return false
	}
	if i := strings.IndexAny(rest, clauseMarks); i >= 0 {
		rest = rest[:i]
	}
	w := actionWords(rest)
	for i := 0; i < len(w) && i < 3; i++ {
		if l.commentatorWord(w[i]) || i > 0 && l.commentatorVerbs[w[i]] {
			return true
		}
	}
	return false
}

// commentatorWord reports whether the lower-case word w is a commentator's
// title: in the language's list, or ending with one of its suffixes
// (German compounds: "chefvolkswirtin").
func (l *langLexicon) commentatorWord(w string) bool {
	if l.commentatorNouns[w] {
		return true
	}
	for _, s := range l.commentatorSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// clauseMarks end the words a title may be read from.
const clauseMarks = ",.;:«»“”\"()"

// lastClauseMark returns the byte offset just past the last of clauseMarks
// in s, or 0.
func lastClauseMark(s string) int {
	i := strings.LastIndexAny(s, clauseMarks)
	if i < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return i + size
}
