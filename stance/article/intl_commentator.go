package article

import (
	"strings"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance"
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
	return l.describedBy(text, role, forms, l.commentatorWord) || l.describedNext(text, forms) // fgr16_nextdescribed.go
}

// describedBy reports whether a word of the speaker's role or name forms
// is a title title reports, or one comes within three words before a
// mention of a name form, or opens the apposition after it.
func (l *langLexicon) describedBy(text, role string, forms []string, title func(string) bool) bool {
	for _, w := range actionWords(role) {
		if title(w) {
			return true
		}
	}
	for _, f := range forms {
		if l.rev30mlFormTitled(f, title) { // rev30ml_nameword.go: not a surname ("Paul Maçon")
			return true
		}
	}
	return anyMention(text, forms, func(start, end int) bool {
		return l.titleBefore(text[max(0, start-60):start], title) || l.titleAfter(text[end:], title) || l.off29Described(text, role, start, end, title) // off29_bystander.go
	})
}

// titleBefore reports whether one of the last three words of before (the
// text right before a name, which must end in a space) is a title, with no
// punctuation between it and the name.
func (l *langLexicon) titleBefore(before string, title func(string) bool) bool {
	if !strings.HasSuffix(before, " ") {
		return false
	}
	w := actionWords(before[lastClauseMark(before):])
	for i := len(w) - 1; i >= 0 && i >= len(w)-3; i-- {
		if title(w[i]) {
			return true
		}
	}
	return false
}

// titleAfter reports whether after (the text right after a name)
// opens with a comma and, within its first three words, a commentator's
// title or a relative word and a commentator's verb ("que vende").
func (l *langLexicon) titleAfter(after string, title func(string) bool) bool {
	rest, ok := strings.CutPrefix(after, ",")
	if !ok {
		return false
	}
	if i := strings.IndexAny(rest, clauseMarks); i >= 0 {
		if ageSegment(rest[:i]) && rest[i] == ',' {
			return l.titleAfter(rest[i:], title) // "Samir, 34 ans, chauffeur de taxi"
		}
		rest = rest[:i]
	}
	w := actionWords(rest)
	for i := 0; i < len(w) && i < 3; i++ {
		if title(w[i]) || i > 0 && l.commentatorVerbs[w[i]] {
			return true
		}
	}
	return false
}

// ageSegment reports whether s is a person's age set off by commas: a
// number of up to three digits with a word of years ("34 ans", "67
// Jahre", "45 лет"), also after "de" as Spanish and Portuguese put it
// ("de 52 años", "de 47 anos"), or the number alone ("Jana Kroll, 34,
// Volkswirtin").
func ageSegment(s string) bool {
	w := actionWords(s)
	if len(w) > 0 && w[0] == "de" {
		w = w[1:]
	}
	if len(w) == 0 || len(w[0]) > 3 || strings.Trim(w[0], "0123456789") != "" {
		return false
	}
	return len(w) == 1 || len(w) == 2 && ageWords[w[1]]
}

// commentatorWord reports whether the lower-case word w is a commentator's
// title: in the language's list, or ending with one of its suffixes
// (German compounds: "chefvolkswirtin"), or opening with one before a
// hyphen ("economista-chefe").
func (l *langLexicon) commentatorWord(w string) bool {
	w = unelided(w)
	if l.commentatorNouns[w] {
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 && l.commentatorNouns[w[:i]] {
		return true // "economista-chefe"
	}
	for _, s := range l.commentatorSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// offTopicSpeakers returns the speakers the article describes by an
// occupation (occupations: an inspector, the coordinator of a shelter,
// a fund's chief economist) who report no act and none of whose remarks
// has a word of the election (topicStems, a recognition) or names the
// winner or a rival. The occupations are broader than commentators'
// titles, so the test of the words is what keeps the coordinator of
// election observers, who speaks of the count, on the result. Without a
// judge of the language, they are read as commentators are.
func (l *langLexicon) offTopicSpeakers(ctx stance.Context, text string, remarks []Remark) map[string]bool {
	if len(l.topicStems) == 0 {
		return nil
	}
	topical := make(map[string]bool)
	for _, rm := range remarks {
		if rm.Speaker == "" || topical[rm.Speaker] {
			continue
		}
		// the name before a quotation is read with it: "dijo que X «…»" (rom22_namedclause.go)
		words := rom22RemarkWords(ctx, l.code, text, rm)
		if w, r := mentionsIn(l.off29Sides(ctx), words); w || r || l.topical(words) && !l.ownVoteOnly(rm, words) || rev26offVerdict(l.code, words) || rm.Kind == Action || l.officeIn(rm) && !l.off25ServiceRole(text, rm) { // intl_ownvote.go; off25_service.go; rev26off_verdict.go
			topical[rm.Speaker] = true
		}
	}
	out := make(map[string]bool)
	for _, rm := range remarks {
		if rm.Speaker == "" || topical[rm.Speaker] || out[rm.Speaker] {
			continue
		}
		if l.describedBy(text, rm.Role, append([]string{rm.Speaker}, rm.Aliases...), l.occupation) || rom22CorporateRole(rm.Role) ||
			l.lab22mlIndefinitePost(text, rm.Role, append([]string{rm.Speaker}, rm.Aliases...)) || l.off25ServiceRole(text, rm) || l.off29PlaceFronted(text, rm) { // lab22ml_indefinite.go, off25_service.go, off29_bystander.go
			out[rm.Speaker] = true
		}
	}
	return out
}

// occupation reports whether w is an occupation's title or a
// commentator's, also as a part of a compound ("economista-chefe").
func (l *langLexicon) occupation(w string) bool {
	for _, p := range strings.Split(unelided(w), "-") {
		if l.occupations[p] || l.commentatorWord(p) || off29Occupation(l.code, p) { // off29_bystander.go
			return true
		}
	}
	return false
}

// unelided returns w without an elided article or preposition before an
// apostrophe ("l'économiste", "d'historien", "l’analyste"): actionWords
// keeps apostrophes inside words, so the title is the rest.
func unelided(w string) string {
	for _, p := range elisions {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			return rest
		}
	}
	return w
}

// officeIn reports whether the speaker of rm is given a political office:
// a word of their role or of a name form that is an office and not a
// commentator's title.
func (l *langLexicon) officeIn(rm Remark) bool {
	for _, f := range append([]string{rm.Role, rm.Speaker}, rm.Aliases...) {
		ws := actionWords(f)
		for i, w := range ws {
			if l.isRole(w) && !l.occupation(w) && !rom22CorporateDelegate(ws, i) && !l.lab22mlRoleIndefinite(ws, i) { // rom22 (lexicon_rom22.go), lab22ml
				return true
			}
		}
	}
	return false
}

// topical reports whether a word of words opens with one of topicStems or
// is a recognition. An elided article or preposition is no part of the
// word ("l'investiture", "d'élection", rev21rom): a French remark whose
// election word follows one ("X a confirmé sa présence à l'investiture")
// was read as off the election.
func (l *langLexicon) topical(words []string) bool {
	for _, w := range words {
		if l.recognition(w) {
			return true
		}
		for _, s := range l.topicStems {
			if strings.HasPrefix(w, s) || strings.HasPrefix(unelided(w), s) {
				return true
			}
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
