package article

import "strings"

// An act told by "do so" stands for the act told before it: "Most leaders
// have congratulated Dal, but the Velorian president refuses to do so",
// "Brand has yet to do so", "Rahm did so within the hour". The action's
// own words have no recognition verb, so the verb rule had no verdict and
// the model read "refuses to do so" as anything. lab31enDoSoText puts the
// last recognition verb of the text before the act (in its paragraph,
// within lab31enDoSoSpan bytes) in place of "do so", and the verb rule
// reads "refuses to congratulated": a refusal, a postponement or a
// recognition as any other act. "Do so" after no recognition verb ("urged
// the party to accept the count; it refused to do so" has one, "asked
// to comment, he declined to do so" none) is left as it was.

// lab31enDoSoSpan is how far back the verb "do so" stands for may be.
const lab31enDoSoSpan = 400

// lab31enDoSoText returns run with "do so" (lab31enDoForms and "so")
// replaced by the last recognition verb before start in text, or run
// unchanged.
func lab31enDoSoText(text string, start int, run string) string {
	w := actionWords(run)
	at := -1
	for i := 0; i+1 < len(w); i++ {
		if lab31enDoForms[w[i]] && w[i+1] == "so" {
			at = i
			break
		}
	}
	if at < 0 || start <= 0 || start > len(text) {
		return run
	}
	for i := range w[:at] {
		if recognitionVerb(w, i) {
			return run // the act names its own verb
		}
	}
	before := text[max(0, start-lab31enDoSoSpan):start]
	if n := strings.LastIndex(before, "\n"); n >= 0 {
		before = before[n+1:]
	}
	bw := actionWords(before)
	for i := len(bw) - 1; i >= 0; i-- {
		if recognitionVerb(bw, i) {
			if anyWordIn(bw[i+1:], rev31lenCloserLeads) { // rev31len: another act set up nearer ("asked whether Selm would cut its aid, refused to do so")
				return run // rev31len_narrow.go: "asked whether Selm would cut its aid, refused to do so"
			}
			out := append(append(append([]string{}, w[:at]...), bw[i]), w[at+2:]...)
			return strings.Join(out, " ")
		}
	}
	return run
}
