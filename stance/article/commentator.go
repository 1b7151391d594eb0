package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Commentators are the people an article quotes for colour or expertise —
// an economist on the currency, a political scientist on the calendar, a
// market vendor on the mood — rather than for a position of their own on
// the result. The about-result judge, trained on statements, often reads
// their remarks on the count, the courts or the turnout as about the
// result (0.6–0.9), and the reader then gives them a stance no reader
// would. An article says who they are: an apposition after their name
// (", an economist at …", ", who teaches election law at …") or a title
// before it ("bar owner Ana Lima"). Their remarks count as about the result
// only when the judge is nearly sure (commentatorAbout), and their actions
// only when a recognition verb makes them (actionStance: "congratulated"),
// not "described what she called …".

// commentatorAbout is the judge's probability a commentator's remark needs
// to count as about the result: a protester's "We do not accept this"
// still does.
const commentatorAbout = 0.95

// commentatorSpeakers returns the names of the speakers of remarks whom
// text describes as commentators (see isCommentator). A candidate is
// never one, whatever their profession ("Libertarian economist Ana Lima
// won the run-off"): one the election context names, or one the text says
// won, lost or ran (isCandidate).
func commentatorSpeakers(ctx stance.Context, text string, remarks []Remark) map[string]bool {
	out := make(map[string]bool)
	seen := make(map[string]bool)
	for _, rm := range remarks {
		if rm.Speaker == "" || seen[rm.Speaker] {
			continue
		}
		seen[rm.Speaker] = true
		forms := append([]string{rm.Speaker, rm.Role}, rm.Aliases...)
		if isCommentator(text, forms) && !isCandidate(ctx, text, append([]string{rm.Speaker}, rm.Aliases...)) {
			out[rm.Speaker] = true
		}
	}
	return out
}

// isCommentator reports whether a speaker's role (forms[1], the title
// joined to the name: "political scientist") is headed by a commentator's
// title, one of their name forms is ("Economist Ana Lima"), or some
// mention of a form in text follows one ("bar owner Ana Lima") or is
// followed by an apposition that describes a commentator.
func isCommentator(text string, forms []string) bool {
	if len(forms) > 1 && commentatorNouns[descriptionHead(actionWords(forms[1]))] && !rec30enWatcherTie(actionWords(forms[1])) { // rec30en_watcher.go
		return true // the role alone: "political scientist"
	}
	for _, f := range forms {
		w := actionWords(f)
		for i := 0; i+1 < len(w); i++ {
			if commentatorNouns[w[i]] && !commentatorNouns[w[len(w)-1]] && !rec30enWatcherTie(w) {
				return true // a title before the name
			}
		}
	}
	return anyMention(text, forms, func(start, end int) bool {
		return commentatorApposition(text[end:]) || commentatorNouns[lastWord(text[:start])] || off27IndefiniteBefore(text[:start]) // off27_before.go: "a retired teacher I know, X, said"
	})
}

// anyMention reports whether at reports true for some mention
// text[start:end] of one of forms (those of three bytes or more with a
// capital letter: a name, not a pronoun or a lower-case noun).
func anyMention(text string, forms []string, at func(start, end int) bool) bool {
	for _, f := range forms {
		if len(f) < 3 || !hasUpper(f) {
			continue
		}
		for off := 0; off < len(text); {
			i := strings.Index(text[off:], f)
			if i < 0 {
				break
			}
			start, end := off+i, off+i+len(f)
			if at(start, end) {
				return true
			}
			off = end
		}
	}
	return false
}

// commentatorApposition reports whether rest (the text after a name)
// opens with an apposition describing a commentator: ", who teaches …"
// (a commentatorVerbs verb), or ", a political scientist at …" whose head
// — the last word before a preposition, a relative word or the
// apposition's end — is a commentatorNouns noun.
func commentatorApposition(rest string) bool {
	if !strings.HasPrefix(rest, ", ") {
		return false
	}
	rest = rest[2:]
	if e := strings.IndexAny(rest, ",.;:—“”\"‘’\n()"); e >= 0 {
		rest = rest[:e]
	}
	w := actionWords(rest)
	if len(w) == 0 {
		return false
	}
	if relativeWords[w[0]] {
		return len(w) > 1 && (commentatorVerbs[w[1]] && !watchesVote(w[1], w[2:]) || (ownerVerbs[w[1]] && ownsVenture(w[2:])))
	}
	return commentatorNouns[descriptionHead(w)] && !campaignedFor(w) && !off25PartisanTitle(w) && !rec30enWatcherTie(w) // en15_view.go; off25_voice.go: "a deputy campaign manager"; rec30en_watcher.go
}

// ownsVenture reports whether w, the object of an ownerVerbs verb, names
// a business or a body of its trade before any preposition ("a mobile
// money business in Jinja", "the political consultancy R.Politik", "a
// fishing association"): whoever runs one is quoted for colour or
// expertise.
func ownsVenture(w []string) bool {
	for _, x := range w {
		if appositionStops[x] || relativeWords[x] {
			return false
		}
		if ventureNouns[x] {
			return true
		}
	}
	return false
}

// descriptionHead is the head of a description: its last word before a
// preposition, a conjunction or a relative word ("a Civic Coalition MP and
// lawyer" → "mp"; "an economist at …" → "economist").
func descriptionHead(w []string) string {
	head := ""
	for _, x := range w {
		if appositionStops[x] || relativeWords[x] {
			break
		}
		head = x
	}
	return head
}

// lastWord is the lower-cased word that ends s, when s ends in a word and
// a space ("bar owner " → "owner"); "" otherwise.
func lastWord(s string) string {
	if !strings.HasSuffix(s, " ") {
		return ""
	}
	w := actionWords(s[max(0, len(s)-40):])
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// isCandidate reports whether a speaker (their name forms) ran in the
// election: the context names them as the winner or a rival, or a mention
// of a form in text is followed by a verb of the race ("Ana Lima won",
// "Lima, who came third"; candidateVerbs).
func isCandidate(ctx stance.Context, text string, forms []string) bool {
	if contenderForm(ctx, forms) {
		return true
	}
	return anyMention(text, forms, func(_, end int) bool {
		rest := strings.TrimPrefix(text[end:], ", who")
		w := actionWords(rest[:min(len(rest), 30)])
		return len(w) > 0 && (candidateVerbs[w[0]] || (len(w) > 1 && placeVerbs[w[0]] && placeWords[w[1]]))
	})
}

// contenderForm reports whether one of the name forms names the context's
// winner or a rival (mentionsIn).
func contenderForm(ctx stance.Context, forms []string) bool {
	for _, f := range forms {
		if w, r := mentionsIn(ctx, actionWords(f)); w || r {
			return true
		}
	}
	return false
}
