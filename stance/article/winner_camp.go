package article

import "strings"

// The winner's spokesperson speaks from the winner's victory as the winner
// does: "CPP spokesman Sok Eysan said the party won an estimated 100 of
// 125 seats" is the winning party claiming its win, which readers of
// reactions count as the winner's side recognising the result; the judge,
// trained on leaders' reactions, read the seat count as analysis. So
// winnerSpeakers takes in a speaker whose role is a winner's name form
// followed by a spokesperson's title (spokesOwner), and winnerRun reads
// their runs as the winner's. A spokesperson tied to the winner only by
// a possessive ("his spokesman") is not: the possessive's owner is often
// someone else (two probe articles of the thirty-first session's reviews).

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
