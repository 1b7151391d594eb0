package article

import (
	"strings"
	"unicode"
)

// off27IndefiniteBefore (off27_before.go) makes a commentator of someone a
// description with an indefinite article introduces before their name
// ("a retired teacher I know, X, said"). A description that ties the
// person to a side is no bystander's, whatever its head: "an economist and
// longtime Kessé ally, X,", "a consultant who advises the ruling
// coalition, X,", "a farmer who leads the opposition's rural wing, X,", "a
// manager of Mabuto's re-election effort, X,", "a strategist who
// campaigned for …". Their remarks keep the ordinary threshold.

// rev27offSided reports whether seg, the description before a name,
// ties its person to a side: a word of rev27offSideWords, a partisan word
// also in the possessive ("the opposition's"), a capitalised possessive
// ("Mabuto's"), or a relative clause of campaigning (campaignedFor).
func rev27offSided(seg string) bool {
	w := actionWords(seg)
	for _, x := range w {
		base := strings.TrimSuffix(strings.ReplaceAll(x, "’", "'"), "'s")
		if rev27offSideWords[x] || partisanWords[base] {
			return true
		}
	}
	for _, f := range strings.Fields(seg) {
		f = strings.ReplaceAll(f, "’", "'")
		if r := []rune(f); len(r) > 2 && unicode.IsUpper(r[0]) && strings.HasSuffix(f, "'s") {
			return true // "a manager of Mabuto's re-election effort"
		}
	}
	return campaignedFor(w)
}
