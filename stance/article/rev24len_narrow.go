package article

import "strings"

// rev24RenounceTakenBack reports whether a renounced challenge at the
// negation words[i] of text is taken back: asked as a question ("Why
// should we not take the result to court?"), held only for now ("will not
// take the result to court yet", "for now"), made on a condition that
// conditionWords lack ("provided the commission publishes", "as long as
// the court confirms"), or renounced because the courts are distrusted
// ("will not take it to court because the courts are captured").
func rev24RenounceTakenBack(text string, words []string, i int) bool {
	if asked := rev24AskedWords(text); i < len(asked) && asked[i] {
		return true
	}
	for k := i + 1; k < len(words); k++ {
		w := words[k]
		if rev24Provisional[w] || rev24Conditions[w] {
			return true
		}
		if k+1 < len(words) && rev24ProvisionalPairs[[2]string{w, words[k+1]}] {
			return true
		}
		if w == "long" && k > 0 && k+1 < len(words) && (words[k-1] == "as" || words[k-1] == "so") && words[k+1] == "as" {
			return true
		}
		if rev24Reasons[w] {
			for c := k + 1; c < len(words) && c <= k+4; c++ {
				if courtWords[words[c]] || courtNouns[words[c]] {
					return true
				}
			}
		}
	}
	return false
}

// rev24AskedWords marks, for each of text's actionWords, whether its
// sentence ends in a question mark. Sentence ends separate words as
// actionWords does, so the pieces' words are text's words in order.
func rev24AskedWords(text string) []bool {
	var asked []bool
	mark := func(piece string, q bool) {
		for n := len(actionWords(piece)); n > 0; n-- {
			asked = append(asked, q)
		}
	}
	start := 0
	for j, r := range text {
		if r == '.' || r == '!' || r == '?' {
			mark(text[start:j+1], r == '?')
			start = j + 1
		}
	}
	mark(text[start:], false)
	return asked
}

// rev24DisputeTakenBack reports whether a dispute vowed at words[i] with
// its dispute verb at words[k] is taken back: denied or reported as
// others' talk earlier in the clause ("denied reports that the party
// would continue to challenge the result"), or aimed at a challenge to
// the result rather than the result ("will keep fighting the challenges
// to the result"), or a going-on told as over, in the past perfect
// without a vow ("his supporters had kept fighting the result for
// weeks"; "had vowed to keep fighting" still counts).
func rev24DisputeTakenBack(words []string, i, k int) bool {
	if i > 0 && words[i-1] == "had" && !rev24Vows[words[i]] {
		return true
	}
	for j := max(0, i-6); j < i; j++ {
		if w := words[j]; denyVerbs[w] || rejectVerbs[w] || doubtWords[w] || allegationNouns[w] || w == "reports" {
			return true
		}
	}
	for j := k + 1; j < len(words) && j <= k+3; j++ {
		if rev24Contests[words[j]] {
			return true
		}
	}
	return false
}

// rev24FoulWinTakenBack reports whether a foul win said of the winner
// named at words[named], with its win word at words[i], is no charge of
// the speaker's: another's charge the speaker answers ("anyone who says
// Lind won by fraud is lying", "the opposition allege Lind won with
// bribes"), or a win in another, earlier election ("Lind's 2014 victory
// was built on vote buying", "Lind's previous win").
func rev24FoulWinTakenBack(words []string, named, i int) bool {
	for j := max(0, named-4); j < named; j++ {
		if rev24Anyone[words[j]] || rev24Alleging[words[j]] {
			return true
		}
	}
	for j := named + 1; j < len(words) && j <= i+3; j++ {
		if w := words[j]; otherVoteWords[w] || rev24Year(w) {
			return true
		}
	}
	return false
}

// rev24Year reports whether w is a year of the last two centuries.
func rev24Year(w string) bool {
	if len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
