package article

import (
	"strings"
	"unicode"

	"github.com/stancekit/stancekit/stance"
)

// A quotation that completes a clause whose subject is the winner or a
// rival: "gritó que Kask «no es presidente de nadie»", "disse que Kask
// «não governa para todos»", "a lancé que Kask « ne gouvernera pas pour
// tous »". The remark's text is the quotation alone, so its words did
// not name the winner, and a speaker with an occupation (an activist)
// was taken off the result (offTopicSpeakers, intl_commentator.go) where
// the same clause reported without quotation marks ("gritó que Kask no
// es presidente de nadie") keeps her on it. rom22RemarkWords gives
// offTopicSpeakers the name with the quotation. Only a name of the
// winner or a rival of up to rom22SubjectWords words that opens with a
// capital right after the complementizer counts: "dijo que el país «…»",
// "disse que o bairro de Kask «…»" and "dijo que, según Kask, «…»" stay
// as they are.

// rom22SubjectWords is how many words the subject may have.
const rom22SubjectWords = 4

// rom22NamedSubject returns the words between the complementizer and the
// quotation mark at q in text when they are a name of the winner or a
// rival in ctx (see above), else "".
func rom22NamedSubject(ctx stance.Context, code, text string, q int) string {
	comps := rom22Complementizers[code]
	if comps == nil || q <= 0 || q > len(text) {
		return ""
	}
	before := strings.TrimRightFunc(text[max(0, q-120):q], unicode.IsSpace)
	for _, c := range comps {
		i := strings.LastIndex(strings.ToLower(before), c)
		if i < 0 || i > 0 && !unicode.IsSpace(rune(before[i-1])) {
			continue
		}
		subj := strings.TrimSpace(before[i+len(c):])
		if subj == "" || strings.ContainsAny(subj, ",;:.«»“”\"()") {
			continue
		}
		words := actionWords(subj)
		if len(words) == 0 || len(words) > rom22SubjectWords || !unicode.IsUpper([]rune(subj)[0]) {
			continue
		}
		if w, rv := mentionsIn(ctx, words); w || rv {
			return subj
		}
	}
	return ""
}

// rom22RemarkWords are the words of a remark that offTopicSpeakers reads:
// its text's, after the name of the winner or a rival that is the
// subject of the clause a direct quotation completes.
func rom22RemarkWords(ctx stance.Context, code, text string, rm Remark) []string {
	words := actionWords(rm.Text)
	if rm.Kind != Direct {
		return words
	}
	if subj := rom22NamedSubject(ctx, code, text, rm.QuoteStart); subj != "" {
		return append(actionWords(subj), words...)
	}
	return words
}
