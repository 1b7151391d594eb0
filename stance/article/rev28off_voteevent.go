package article

import "strings"

// A Russian reported remark may judge the vote itself rather than tell the
// speaker's own vote: "рассказала, что голосование было нечестным" or
// "рассказал, что голосование прошло с подлогом" (a verdict on the vote)
// against "рассказала, что голосование заняло пять минут" or "узнал о
// голосовании из газеты" (the speaker's day). A word that judges the vote
// (judges, lexicon_judgement13.go), also negated by the prefix "не"
// ("нечестным"), keeps the remark off ownVoteOnly (intl_ownvote.go), so a
// voter who calls the vote unfair keeps a stance.

// rev28offJudgesVote reports whether w, a word of a reported remark read
// with the narrow stems of one's own vote (off28ReportedVoteStems),
// judges the vote.
func (l *langLexicon) rev28offJudgesVote(narrow bool, w string) bool {
	if !narrow {
		return false
	}
	return l.judges(w) || strings.HasPrefix(w, "не") && l.judges(strings.TrimPrefix(w, "не"))
}
