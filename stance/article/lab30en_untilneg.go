package article

import "strings"

// A recognition denied and then put off by a condition that follows it
// (GUIDELINES rules 3 and 13: "the negation does not make it hostile: it
// delays"): "the party would not recognise Tarn as president until a court
// had examined its complaints", "refused to concede unless the tribunal
// ordered a recount", "will not congratulate anyone before the commission
// certifies the count". The fronted form is lab25_until.go's ("until the
// court rules, we will not recognise anyone"); a recognition promised
// under a condition is conditionalRecognition's and cond22Deferred's.
// The condition opens within lab30enUntilSpan words after the
// recognition verb, inside its own clause, and names a step of the count
// or the courts (cond22Step) within eight words. "Never" refuses at all
// (rule 1: "will never recognise him, not until the courts are cleaned
// up" stays with the model), and a remark that also charges fraud
// (lab25Accusations: "will not accept this stolen result until …") is
// not withholding.

// lab30enUntilSpan is how far after the recognition verb the condition
// may open: "would not recognise Tarn as the country's president until".
const lab30enUntilSpan = 8

// lab30enDeniedUntil reports whether the negated recognition verb at
// words[v] is put off by a condition on a step of the count (see above).
func lab30enDeniedUntil(words []string, v int) bool {
	for _, w := range words[:v] {
		if w == "never" {
			return false
		}
	}
	if rev30lenPastFact(words, v) {
		return false // rev30len_narrow.go: "had not congratulated Dal before the count was certified"
	}
	end := min(ownClauseEnd(words, v), v+1+lab30enUntilSpan)
	for i := v + 1; i < end; i++ {
		if !lab30enUntils[words[i]] {
			continue
		}
		if !cond22Step("en", words[i+1:min(len(words), i+9)]) || rev30lenUndoes(words[i+1:min(len(words), i+9)]) { // rev30len_narrow.go: "until the vote had been rerun"
			return false
		}
		return !hasStem(words, lab25Accusations) // a charge of fraud
	}
	return false
}

// lab30enUntilDenial reports whether the first recognition verb of run
// (recognitionVerb, not in a clause of time) is negated and put off by a
// condition on a step of the count (lab30enDeniedUntil). withheldByCondition
// reads a reported remark with it as it reads a recognition promised
// under a condition: withholding by rule, where the verb rule's verdict
// would only weigh against the model's reading of the negation. A run
// that says something else first and adds the denial in a later clause
// of speech is mixed (rule 12: the strongest act decides, and the first
// clause may hint at fraud in words no list holds); it stays with the
// model.
func lab30enUntilDenial(run string) bool {
	words := actionWords(run)
	for v := range words {
		if !recognitionVerb(words, v) || subordinate(words, v) {
			continue
		}
		for _, w := range words[:v] {
			if sayVerbs[w] {
				return false // "ballots had been 'handled by people who wanted one result' and said it would refuse to recognise …"
			}
		}
		for _, w := range words[max(0, v-4):v] {
			if actionNegations[w] || strings.HasSuffix(w, "n't") {
				return lab30enDeniedUntil(words, v)
			}
		}
		return false
	}
	return false
}
