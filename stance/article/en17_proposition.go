package article

// rejectedProposition reads a rejection whose object is a proposition,
// words[k] a propositionNouns noun followed by "that" or "of": rejecting
// its content turns the content's verdict round. Rejecting the idea of
// recognising ("ridiculed the idea that he would concede", "dismissed talk
// of conceding") denies recognition; rejecting an accusation of fraud
// ("dismissed the idea that the count was rigged") recognises; rejecting a
// fair vote ("mocked the notion that the count was fair") is hostile. The
// scan for the object had read the content as asserted (a "count" in it
// made any rejection hostile, a "concede" recognising). ok is false when
// words[k] opens no proposition; a proposition with none of these leaves
// the verdict to the model.
func rejectedProposition(words []string, k int) (actionVerdict, bool) {
	if !propositionNouns[words[k]] || k+1 >= len(words) || words[k+1] != "that" && words[k+1] != "of" {
		return verdictNone, false
	}
	end := min(len(words), k+10)
	for _, w := range words[k+2 : end] {
		if claimNegations[w] || negations[w] {
			return verdictNone, true // a negated content: left to the model
		}
	}
	for _, w := range words[k+2 : end] {
		switch {
		case hasRecognitionStem(w):
			return verdictNotRecognising, true
		case fraudWords[w] || w == "stolen":
			return verdictRecognising, true
		case fairWords[w]:
			return verdictHostile, true
		}
	}
	return verdictNone, true
}

// othersRefusal reports whether the refusing verb words[k] opens a
// relative clause right after its pronoun ("criticised parties that
// refuse to accept the count", "warned those who refused to concede"):
// the refusal is the people it describes', not the subject's, and does
// not negate the recognition verb after it. A bare negation ("who did
// not accept") is left as it was.
func othersRefusal(words []string, k int) bool {
	return k > 0 && refusingVerbs[words[k]] && (relativeWords[words[k-1]] || words[k-1] == "that") && !amongRefusal(words, k) // rev20en_fix.go
}
