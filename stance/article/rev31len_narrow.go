package article

import (
	"strings"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance"
)

// Narrowings of the lab31en rules found by the review's probes.

// rev31lenConcernDenied reports whether words[k], between the concern
// verb and its noun, denies the concern: "We have no doubts about the
// result" is rule 8's "no reason to doubt", recognising, not a concern.
func rev31lenConcernDenied(w string) bool {
	return w == "no" || negations[w] || strings.HasSuffix(w, "n't")
}

// rev31lenCheckedCount reports whether "the need for" a check, opening at
// words[k], asks for a checked count ("the need for a transparent recount",
// "transparent and accurate results"), not for transparency in anything
// ("the need for transparency in the new government's spending").
func rev31lenCheckedCount(words []string, k int) bool {
	for j := k; j < len(words) && j < k+3; j++ {
		if rev31lenCountChecks[words[j]] {
			return true
		}
	}
	return lab31enCountNear(words, k)
}

// rev31lenNotOwnConcern reports whether the concern the run opens with is
// someone else's or outweighed: the winner or a rival named before the
// concern verb ("Kell has raised concerns about the count. We see them as
// the noise of a losing campaign"), or a congratulation of the winner in
// the run (GUIDELINES rule 12: "We congratulate President-elect Dal. We
// have concerns about the conduct of the vote in some districts" is
// recognising).
func rev31lenNotOwnConcern(ctx stance.Context, words []string) bool {
	for i := 0; i < len(words) && i < lab31enConcernOpening; i++ {
		if lab31enConcernVerbs[words[i]] {
			if winner, rival := mentionsIn(ctx, words[:i]); winner || rival {
				return true
			}
			break
		}
	}
	return rev31lenGreetsIn(ctx, words)
}

// rev31lenGreetsIn reports whether words congratulate the winner: a form
// of "congratulate" with the winner, her title or her victory after it.
func rev31lenGreetsIn(ctx stance.Context, words []string) bool {
	for i, x := range words {
		if strings.HasPrefix(x, "congratulat") && lab31enWinnerObject(ctx, words[i+1:min(len(words), i+1+lab31enGreetingObjectSpan)]) {
			return true
		}
	}
	return false
}

// rev31lenBareWould reports whether words[j] is a "would" that is no
// "would like to": "We would congratulate Dal if the count were clean"
// is a condition (rule 3), not a congratulation.
func rev31lenBareWould(words []string, j int) bool {
	return words[j] == "would" && (j+1 >= len(words) || words[j+1] != "like")
}

// rev31lenResultObject reports whether the object of the verb of
// recognition words[k] in a refusal others made is the result or the
// winner: none ("refused to concede"), a pronoun ("refused to recognise
// it"), a name, or a determiner followed by a word of the result ("not to
// recognise the presidential election"). "It is unacceptable that the
// commission refused to recognise the observers' reports" and "denounced
// Dal's refusal to accept foreign observers" scorn another refusal.
func rev31lenResultObject(words []string, k int) bool {
	obj := words[k+1 : min(len(words), k+5)]
	for n, w := range obj {
		if w == "and" || w == "but" || w == "as" {
			obj = obj[:n]
			break
		}
	}
	if len(obj) == 0 || !determiners[obj[0]] && !rev31lenObjectAdjectives[obj[0]] || len(obj) == 1 {
		return true
	}
	for _, w := range obj {
		if resultNouns[w] || lab31enVoteNouns[w] || processNouns[w] || countNouns[w] || lab31enWinnerTitles[w] || rev31lenResultObjects[w] {
			return true
		}
	}
	return false
}

// rev31lenQuotedAsWord reports whether a result word in quotation marks,
// with the text before its opening mark pre and from its closing mark
// on post, is a word quoted as a word or a name rather than disowned: "the
// word 'landslide' is no exaggeration", "their 'victory' party went on
// until dawn". lab31enScare read both as scare quotes (rule 9).
func rev31lenQuotedAsWord(pre, post string) bool {
	if b := actionWords(pre); len(b) > 0 && rev31lenWordNouns[b[len(b)-1]] {
		return true
	}
	_, n := utf8.DecodeRuneInString(post) // the closing mark
	a := actionWords(post[n:])
	return len(a) > 0 && rev31lenQuotedHeads[a[0]]
}

// rev31lenToldGreeting reports whether a direct quotation tells someone
// else's past congratulation ("Vask congratulated Dal within minutes. Of
// course he did: she is his puppet") rather than giving the speaker's own
// ("We congratulate", "Norland congratulates", "Congratulations to"):
// lab31enGreetingFirst must not sum such a speaker by it.
func rev31lenToldGreeting(a Analysis, words []string, i int) bool {
	if a.Kind != Direct || !strings.HasSuffix(words[i], "ed") {
		return false
	}
	if anyWordIn(words[max(0, i-3):i], lab31enGreetingSubjects) {
		return false
	}
	return true
}
