package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Narrowings of lab30en's rules found by probes (rev30len).

// rev30lenPastFact reports whether the negation that denies the
// recognition at words[v] tells a past fact ("did not", "had not",
// "hadn't", "had refused"): "Norland had not congratulated Dal before the
// commission certified the count, but sent a message on Monday" says
// when a recognition came, not that it is still held back; "would not"
// and "refused to" put it off.
func rev30lenPastFact(words []string, v int) bool {
	for k := v - 1; k >= max(0, v-4); k-- {
		w := words[k]
		if !actionNegations[w] && !strings.HasSuffix(w, "n't") {
			continue
		}
		return w == "didn't" || w == "hadn't" || k > 0 && (words[k-1] == "did" || words[k-1] == "had")
	}
	return false
}

// rev30lenUndoes reports whether a condition's words ask for the vote to
// be undone (annulWords, or a new vote: newVoteWords before voteNouns):
// "would not recognise any government until the vote had been rerun",
// "unless the court annulled it". Recognition promised only for another
// vote rejects this one (rule 1); it puts nothing off.
func rev30lenUndoes(words []string) bool {
	for i, w := range words {
		if annulWords[w] || newVoteWords[w] && i+1 < len(words) && voteNouns[words[i+1]] {
			return true
		}
	}
	return false
}

// rev30lenPraiseOfVote reports whether the praise of those at
// words[k:j+1] (lab30enPeopleObject) is for the vote — a word of the vote
// in the object or in the eight words after it ("commended the
// authorities for a calm polling day", "praised election officials for
// their patience"), not "commended the authorities for their handling of
// the floods" — and is the act's last recognition: a later recognition
// verb ("commended the commission for a fair count and conceded defeat")
// is an act toward the result that the praise does not hide; a negated
// one ("but said her mission would not endorse the result until …") is
// the delay rule 5 pairs with praise.
func rev30lenPraiseOfVote(words []string, k, j int) bool {
	end := min(len(words), j+9)
	for i := j + 1; i < len(words); i++ {
		if recognitionVerb(words, i) && !subordinate(words, i) && !rev30lenNegatedAt(words, i) {
			return false
		}
	}
	for _, w := range words[k:end] {
		if rev30lenVoteWords[w] {
			return true
		}
	}
	return false
}

// rev30lenOtherVotes reports whether run sets its words against other
// votes than this one ("in past elections results had been decided
// before anyone voted, but this time Norland would wait for the
// tribunal"): a charge about earlier votes does not reject this result,
// so it cannot outrank the run's delay (lab30enRejectionOutranks).
func rev30lenOtherVotes(run string) bool {
	lower := strings.ToLower(run)
	if strings.Contains(lower, "this time") || strings.Contains(lower, "in the past") {
		return true
	}
	words := actionWords(run)
	for i := 0; i+1 < len(words); i++ {
		if rev30lenEarlier[words[i]] && voteNouns[words[i+1]] {
			return true
		}
	}
	return false
}

// rev30lenNegatedAt reports whether a negation (actionNegations, "n't")
// stands in the four words before words[i].
func rev30lenNegatedAt(words []string, i int) bool {
	for _, w := range words[max(0, i-4):i] {
		if actionNegations[w] || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// rev30lenChargeNotHeld reports whether run's charge against the result
// is not the speaker's own: about other votes (rev30lenOtherVotes) or a
// claim dismissed (allegationNouns with dismissWords: "the opposition's
// claim that the outcome had been decided in advance was unfounded").
// Such a run's delay is not outranked (lab30enRejectionOutranks).
func rev30lenChargeNotHeld(run string) bool {
	if rev30lenOtherVotes(run) {
		return true
	}
	claim, dismissed := false, false
	for _, w := range actionWords(run) {
		claim = claim || allegationNouns[w]
		dismissed = dismissed || dismissWords[w]
	}
	return claim && dismissed
}

// rev30lenRejectsToo reports whether a run that denies recognition until
// a step of the count (lab30enUntilDenial) also names a rival the winner
// or condemns the result ("Kell had won the election and the party would
// not recognise anyone until the count was redone"): rule 12, rejection
// outranks the delay, so the denial is not withholding by rule.
func rev30lenRejectsToo(ctx stance.Context, run string) bool {
	return rivalWon(ctx, run) || condemnsResult(run)
}

// rev30lenCounted reports whether the word before a plural demonym is a
// number ("welcomed three Norlanders released from prison"): a count of
// persons, not a people named in two words (lab30enPeopleObject).
func rev30lenCounted(w string) bool {
	return numberWords[w] || w != "" && w[0] >= '0' && w[0] <= '9'
}
