package article

import (
	"strings"
	"unicode"
)

// Whose rival office. en32RivalOffice gives an unnamed "opposition
// leader" or "defeated candidate" to the one rival speaking in the
// article; but a report names other holders of such offices too. A
// round-up moves abroad ("In neighbouring Sarn, the opposition leader
// congratulated Weber"), to another race ("In the mayoral race, the
// defeated candidate conceded"), and a report of the result describes
// another opposition figure ("Paul Obi, who leads the largest opposition
// party, did not back Novak. … The opposition leader said the count was
// fair"). rev32enOtherHolder keeps the office apart in those cases: when
// its paragraph opens with a scene elsewhere, or when an earlier
// paragraph uses the office's word ("opposition", "defeated") in a
// sentence that does not tie it to the rival (the rival's name before
// the word, or just after it: "opposition candidate Anna Novak").

// rev32enTieSpan is how far past the office's word the rival's name may
// start and still be the one it describes ("the defeated candidate, Anna
// Novak,").
const rev32enTieSpan = 25

// rev32enOtherHolder reports whether the office (words joined by "_") of
// the remark rm may belong to someone else than the rival named by rivals.
func rev32enOtherHolder(text string, rivals []string, rm Remark, office string) bool {
	at := min(rm.Start, rm.QuoteStart)
	p := strings.LastIndex(text[:at], "\n") + 1
	if rev32enSceneElsewhere(text[p:at]) {
		return true
	}
	words := strings.Split(office, "_")
	key := words[0]
	if !rev32enOfficeKeys[key] {
		key = words[len(words)-1] // "main challenger"
	}
	lower := strings.ToLower(text[:p])
	for i := 0; ; {
		k := strings.Index(lower[i:], key)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(key)
		if !rev32enWordAt(lower, k, i) {
			continue
		}
		s, e := rev32enSentence(text, k, p)
		if !rev32enNamesRival(text[s:k], rivals) && !rev32enNamesRival(text[i:min(e, i+rev32enTieSpan)], rivals) {
			return true // "Paul Obi, who leads the largest opposition party"
		}
	}
}

// rev32enSceneElsewhere reports whether the paragraph opening before the
// office sets a scene of its own: "In neighbouring Sarn, …", "In the
// mayoral race, …", "Elsewhere, …", but not "In a statement, …" or "In
// her speech, …".
func rev32enSceneElsewhere(opening string) bool {
	f := strings.Fields(strings.ToLower(opening))
	if len(f) < 2 || !rev32enSceneOpeners[f[0]] {
		return false
	}
	k := 1
	for k < len(f)-1 && determiners[f[k]] {
		k++
	}
	return !statementNouns[strings.Trim(f[k], ",")]
}

// rev32enWordAt reports whether lower[lo:hi] is a whole word.
func rev32enWordAt(lower string, lo, hi int) bool {
	isLetter := func(s string) bool {
		for _, r := range s {
			return unicode.IsLetter(r) || r == '-'
		}
		return false
	}
	return (lo == 0 || !isLetter(lower[lo-1:lo])) && (hi >= len(lower) || !isLetter(lower[hi:]))
}

// rev32enSentence returns the bounds of the sentence around text[k],
// within text[:limit].
func rev32enSentence(text string, k, limit int) (int, int) {
	s := strings.LastIndexAny(text[:k], ".!?\n") + 1
	e := strings.IndexAny(text[k:limit], ".!?\n")
	if e < 0 {
		return s, limit
	}
	return s, k + e
}

// rev32enNamesRival reports whether span holds one of the rival's forms.
func rev32enNamesRival(span string, rivals []string) bool {
	for _, f := range rivals {
		if f != "" && strings.Contains(span, f) {
			return true
		}
	}
	return false
}
