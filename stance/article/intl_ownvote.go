package article

import "strings"

// A voter's own vote. Reports ask passers-by, pensioners and voters how
// they voted ("„Ich wollte wählen, aber mein Wahllokal war zu“, sagte die
// Rentnerin X", "« J'ai voté pour le changement », confie une
// habitante", "«Я голосовала, как всегда», говорит пенсионерка"). Such a
// speaker, described by an occupation (offTopicSpeakers), who speaks in the
// first person and whose only words of the election are words of voting
// (the vote, the ballot, the polling station) tells what they did, not what
// they make of the result: the remark does not make them topical. A word
// of the result (the victory, the count, fraud, congratulations) or a
// name of the winner or a rival still does.

// ownVoteOnly reports whether the direct remark with words is a voter's
// first-person account whose only topical words are of voting.
func (l *langLexicon) ownVoteOnly(rm Remark, words []string) bool {
	stems, ok := ownVoteStems[l.code]
	reported := rm.Kind == Reported && reportedOwnVote[l.code] // "contou que esperou três horas à porta da secção de voto" (lexicon_ibero14.go)
	s, narrow := off28ReportedVoteStems[l.code]
	narrow = narrow && reported
	if narrow {
		stems = s // "узнал о голосовании", not "выборы были нечестными" (off28_demonym.go)
	}
	if !ok || rm.Kind != Direct && !reported {
		return false
	}
	first := reported
	for _, w := range words {
		if ownVoteFirst[l.code][w] || l.code == "fr" && (strings.HasPrefix(w, "j'") || strings.HasPrefix(w, "j’")) {
			first = true
			continue
		}
		if l.rev28offJudgesVote(narrow, w) {
			return false // "голосование было нечестным" (rev28off_voteevent.go)
		}
		if !l.topical([]string{w}) {
			continue
		}
		if !hasAnyPrefix(w, stems) {
			return false // a word of the result
		}
	}
	return first
}

func hasAnyPrefix(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
