package article

// "Not ready to recognise": a readiness denied puts recognition off
// (GUIDELINES.md rule 3: "Not ready to recognise until …" is
// withholding), as the condition recognitionDeferred reads does; the
// condition is often left unsaid ("he was not ready to recognise Kask as
// president") or given in the next sentence. The classifier reads the
// negation before "recognise" as a refusal.

// readinessDenied reports whether a remark says its speaker is not (yet)
// ready to recognise: "not" or "not yet" (or "n't") right before "ready"
// or "prepared", then "to" and a recognitionStems verb ("was not ready to
// recognise Ivo Kask", "are not yet prepared to congratulate anyone").
func readinessDenied(text string) bool {
	words := actionWords(text)
	for i := 1; i+2 < len(words); i++ {
		if !readyWords[words[i]] || words[i+1] != "to" || !hasRecognitionStem(words[i+2]) {
			continue
		}
		k := i - 1
		if words[k] == "yet" && k > 0 {
			k--
		}
		if k >= 2 && (relativeWords[words[k-2]] || words[k-2] == "that") {
			continue // "voters who were not ready to accept the new rules": a description of others
		}
		if words[k] == "not" || words[k] == "never" || len(words[k]) > 3 && words[k][len(words[k])-3:] == "n't" {
			return words[k] != "never" // "never ready to accept" refuses
		}
	}
	return false
}
