package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// A quotation or report whose attribution says it was meant in mockery:
// “Congratulations to Madam President on her great victory,” the senator
// said sarcastically / said with heavy sarcasm / ironically remarked. The
// literal congratulation is not meant (GUIDELINES rule 9: mockery and
// sarcasm are hostile). Before, the model read the quoted words alone.

// mockWindow is how many bytes either side of a remark mockedSpeech reads
// for its attribution, within the remark's sentence.
const mockWindow = 120

// attributionWords returns the words of the attribution around a
// non-action remark of text: from the start of its sentence (a . ! ? or
// line break, or another quotation mark) to the remark's opening, and
// from its close to the end of its sentence, each at most mockWindow
// bytes. A comma stays as a word "," (mockingManner reads it).
func attributionWords(text string, rm Remark) []string {
	lo := max(0, rm.QuoteStart-mockWindow)
	if k := strings.LastIndexAny(text[lo:rm.QuoteStart], ".!?\n\"“”"); k >= 0 {
		lo += k + 1
	}
	hi := min(len(text), rm.QuoteEnd+mockWindow)
	if k := strings.IndexAny(text[rm.QuoteEnd:hi], ".!?\n\"“”"); k >= 0 {
		hi = rm.QuoteEnd + k
	}
	if lo > rm.QuoteStart || rm.QuoteEnd > hi {
		return nil
	}
	return append(commaWords(text[lo:rm.QuoteStart]), commaWords(text[rm.QuoteEnd:hi])...)
}

// commaWords is actionWords with each comma kept as a word ",".
func commaWords(s string) []string {
	var out []string
	for i, part := range strings.Split(s, ",") {
		if i > 0 {
			out = append(out, ",")
		}
		out = append(out, actionWords(part)...)
	}
	return out
}

// mockingManner reports whether attribution words say the remark was
// made in mockery: a mockAdverbs word ("sarcastically"), or "with", up to
// two words and a mockNouns word ("with heavy sarcasm"), that is the
// manner of a speech verb (mockOfSpeech). "said, with no irony" is none
// (mockNegators).
func mockingManner(words []string) bool {
	for i, w := range words {
		if mockAdverbs[w] && mockOfSpeech(words, i) {
			return true
		}
		if w != "with" || !mockOfSpeech(words, i) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3 && !mockNegators[words[k]]; k++ {
			if mockNouns[words[k]] {
				return true
			}
		}
	}
	return false
}

// mockOfSpeech reports whether the mocking word words[i] is the manner of
// a speech verb (sayVerbs): right before it ("sarcastically remarked"),
// or after it and at most three words (a name, "reporters") with no comma
// but one right before the word ("said sarcastically", "said Jo Roe
// sarcastically", "said, with heavy sarcasm"). "Said, ironically" is a
// comment on the facts ("said, ironically on his birthday"), and a
// relative or subordinate clause (mockStops) is someone else's manner
// ("said Lena Dal, who ironically had campaigned against her"; "said, as
// protesters jeered mockingly"; rev21en).
func mockOfSpeech(words []string, i int) bool {
	if i+1 < len(words) && sayVerbs[words[i+1]] {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch {
		case words[j] == ",":
			if j != i-1 || words[i] == "ironically" {
				return false
			}
		case sayVerbs[words[j]]:
			return true
		case mockStops[words[j]]:
			return false
		}
	}
	return false
}

// mockedSpeech makes a quotation or report hostile when its attribution
// says it was said in mockery (mockingManner): whatever its literal words
// ("A wonderful result for democracy", which the model may read as
// praise or as a hedge), they are not meant. The mockery must be the
// attribution's, outside the remark's own words.
func (r Reader) mockedSpeech(a *Analysis) {
	if a.Kind == Action || a.NoStance || r.Classifier == nil || a.Prediction.Label == corpus.Hostile {
		return
	}
	if !mockingManner(attributionWords(r.text, a.Remark)) {
		return
	}
	if p, ok := actionPrediction(verdictHostile, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = p, true, true, 1
	}
}
