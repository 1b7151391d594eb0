package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// A congratulation in the first person is the speaker's own act of
// recognition (GUIDELINES rule 12: a statement that congratulates and
// adds praise of the voters or concerns without withholding recognition
// is recognising): "The kingdom lauds the voters for their patience and
// resilience. We congratulate the President-elect, Lena Dal." The model
// weighed the long praise of the voters (rule 6 on its own) over the
// short congratulation. lab31enOwnGreeting finds "I/we (warmly, also …)
// congratulate" or "(I send / we extend) our congratulations to" with the
// winner, a winner's title ("president-elect", "the winner") or her
// victory as object within lab31enGreetingObjectSpan words; a rival as
// object is the rival rule's (hostile), the people alone rule 6's.
//
// A congratulation in jest is not one (rule 9): the run must have no
// charge of fraud, no refusal in the first person, no scorn by fragments
// ("No opposition. No choice.": lab31enBareNoes) and no result word in
// scare quotes ("have congratulated Dal on her 'victory'": lab31enScare),
// which instead make the run hostile (lab31enMockedRun).

// lab31enGreetingObjectSpan is how far after the verb its object may name
// the winner: "congratulate the President-elect, Lena Dal".
const lab31enGreetingObjectSpan = 8

// lab31enOwnGreeting reports whether words congratulate the winner in the
// first person (see above).
func lab31enOwnGreeting(ctx stance.Context, words []string) bool {
	for i, w := range words {
		if !lab31enGreetingSubjects[w] {
			continue
		}
		j := i + 1
		for j < len(words) && j <= i+4 && lab31enGreetingFillers[words[j]] && !rev31lenBareWould(words, j) {
			j++
		}
		if j >= len(words) {
			return false
		}
		switch {
		case strings.HasPrefix(words[j], "congratulat") && !strings.HasSuffix(words[j], "ed"):
			if lab31enWinnerObject(ctx, words[j+1:min(len(words), j+1+lab31enGreetingObjectSpan)]) {
				return true
			}
		case sendVerbs[words[j]] || words[j] == "extend" || words[j] == "extends":
			for k := j + 1; k+1 < len(words) && k <= j+4; k++ {
				if strings.HasPrefix(words[k], "congratulation") && words[k+1] == "to" && lab31enWinnerObject(ctx, words[k+2:min(len(words), k+2+lab31enGreetingObjectSpan)]) {
					return true
				}
			}
		}
	}
	return false
}

// lab31enWinnerObject reports whether the object words name the winner,
// her title or her victory, and no rival.
func lab31enWinnerObject(ctx stance.Context, obj []string) bool {
	winner, rival := mentionsIn(ctx, obj)
	if rival {
		return false
	}
	if winner {
		return true
	}
	for k, w := range obj {
		if lab31enWinnerTitles[w] || w == "president" && k+1 < len(obj) && obj[k+1] == "elect" {
			return true
		}
	}
	return false
}

// lab31enBareNoes reports whether text has two or more sentences that
// are only "No" and a noun of a free vote ("No opposition. No choice."):
// scorn by fragments of what the vote lacked.
func lab31enBareNoes(text string) bool {
	n := 0
	for _, s := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '!' || r == '\n' }) {
		w := actionWords(s)
		if len(w) == 2 && w[0] == "no" && lab31enFreeVoteNouns[w[1]] {
			n++
		}
	}
	return n >= 2
}

// lab31enScare reports whether a direct quotation holds a word of the
// result alone in quotation marks of its own ("have congratulated Dal on
// her ‘victory’", "this 'election'"): the speaker quotes the word to
// disown it. A longer quoted phrase ("hailed a ‘decisive victory’") may
// be someone else's words reported, and is not read so.
func lab31enScare(text string) bool {
	for _, open := range []string{"‘", "'", "“", "\""} {
		for rest := text; ; {
			i := strings.Index(rest, open)
			if i < 0 {
				break
			}
			pre := text[:len(text)-len(rest)+i]
			rest = rest[i+len(open):]
			j := strings.IndexAny(rest, "’'”\"")
			if j < 0 {
				break
			}
			w := actionWords(rest[:j])
			if len(w) == 1 && lab31enScareWords[w[0]] && !rev31lenQuotedAsWord(pre, rest[j:]) { // rev31len_narrow.go: "the word 'landslide'"
				return true
			}
			rest = rest[j+1:]
		}
	}
	return false
}

// lab31enOwnGreetingRun reads an English direct or reported run: mocked
// (lab31enBareNoes, lab31enScare in a direct one) it is hostile; a
// first-person congratulation of the winner otherwise recognises.
func (r Reader) lab31enOwnGreetingRun(a *Analysis, run string, commentator bool) {
	if commentator || a.NoStance || a.Kind == Action || r.Classifier == nil {
		return
	}
	words := actionWords(run)
	v := verdictNone
	switch {
	case lab31enBareNoes(run) || a.Kind == Direct && lab31enScare(run):
		v = verdictHostile
	case a.Prediction.Label == corpus.Recognising:
		return // the model read it so already
	case lab31enOwnGreeting(r.Context, words) && !hasStem(words, lab25Accusations) && !lab31enOwnRefusal(words):
		v = verdictRecognising
	default:
		return
	}
	if p, ok := actionPrediction(v, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = p, true, true, 1
	}
}
