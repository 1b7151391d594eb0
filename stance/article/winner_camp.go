package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// The winner's spokesperson speaks from the winner's victory as the winner
// does: "CPP spokesman Sok Eysan said the party won an estimated 100 of
// 125 seats" is the winning party claiming its win, which readers of
// reactions count as the winner's side recognising the result; the judge,
// trained on leaders' reactions, read the seat count as analysis. So a
// speaker whose role is a winner's name form followed by a spokesperson's
// title (campSpeakers, spokesOwner) has a run read as the winner's
// (winnerRun) when it holds no negation or word of waiting, or when the
// model already reads it as recognising (campClaim): a
// spokesperson may also say the party "would not claim victory until the
// commission certified the count" (withholding; rev34 probes). A
// spokesperson tied to the winner only by a possessive ("his spokesman")
// is not taken: the possessive's owner is often someone else (two probe
// articles of the thirty-first session's reviews).

// campSpeakers returns the speakers, not the winner, whose role is a
// winner's name form and a spokesperson's title.
func campSpeakers(ctx stance.Context, remarks []Remark, winners map[string]bool) map[string]bool {
	forms := winnerForms(ctx)
	out := make(map[string]bool)
	for _, rm := range remarks {
		if rm.Speaker != "" && !winners[rm.Speaker] && forms[foldName(spokesOwner(rm.Role))] {
			out[rm.Speaker] = true
		}
	}
	return out
}

// campClaim reports whether a spokesperson's run is read as the winner's:
// the model reads it as recognising, or it holds no negation and no word
// of waiting (campWaitWords).
func campClaim(a Analysis, run string) bool {
	if a.Prediction.Label == corpus.Recognising {
		return true
	}
	for _, w := range actionWords(run) {
		if claimNegations[w] || campWaitWords[w] {
			return false
		}
	}
	return true
}

// spokesOwner returns the words of role before a spokesperson's title
// that ends it ("CPP spokesman" → "CPP", "Georgian Dream spokeswoman" →
// "Georgian Dream"), or "" when the role does not end in one.
func spokesOwner(role string) string {
	f := strings.Fields(role)
	if len(f) < 2 || !spokesTitles[strings.ToLower(f[len(f)-1])] {
		return ""
	}
	return strings.Join(f[:len(f)-1], " ")
}
