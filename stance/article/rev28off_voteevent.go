package article

import "strings"

// A Russian reported remark may judge the vote itself rather than tell the
// speaker's own vote: "рассказала, что голосование было нечестным" (the
// vote, the subject of a verdict) against "рассказал, что узнал о
// голосовании из газеты" or "участвовал в голосовании" (the speaker's
// day, the noun governed by a preposition). rev28offVoteEvent keeps the
// first a word of the result for ownVoteOnly (intl_ownvote.go), so a voter
// who calls the vote unfair keeps a stance.

// rev28offVotePreps are the Russian prepositions that govern the noun of
// the vote when a speaker tells their own part in it.
var rev28offVotePreps = wordSet(`в во о об на после до перед к ко с со для`)

// rev28offVoteEvent reports whether words[i] is the Russian noun of the
// vote ("голосование", "голосования") not governed by a preposition.
func rev28offVoteEvent(code string, words []string, i int) bool {
	if code != "ru" || !strings.HasPrefix(words[i], "голосовани") {
		return false
	}
	return i == 0 || !rev28offVotePreps[words[i-1]]
}
