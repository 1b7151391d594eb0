package article

// The voters named as having decided, without "the" ("Voters have
// decided, and we respect that", "Citizens chose, and we accept it",
// "People have decided; now we work"), close the dispute as "the voters
// have decided" does (votersChose, spoken.go): a claim that recognises
// the result. Such a verdict, and "the people have spoken", is about the
// result whatever the judge reads in the rest of the run (claimAbout).

// off24VotersChose reports whether words[i] opens "voters have decided"
// with a bare plural subject (off24BareVoters) that opens the remark or
// follows a conjunction (clauseOpeners), the verb (choseVerbs) closing
// its clause (choseAfter): "voters decided to stay home" chose something
// else, and "if voters have decided" is a condition. A verb of saying
// right after gives the verdict to others ("Voters have decided, they
// tell us"), and a condemnation later in the remark turns it against the
// count ("Citizens decided, and the commission stole their choice"), as
// does a choice against someone ("and they decided against Lima",
// off24ChoseAgainst).
func off24VotersChose(words []string, i int) bool {
	if !off24BareVoters[words[i]] || (i > 0 && !clauseOpeners[words[i-1]]) {
		return false
	}
	j := i + 1
	if j < len(words) && (words[j] == "has" || words[j] == "have") {
		j++
	}
	if j >= len(words) || !choseVerbs[words[j]] {
		return false
	}
	if j+1 < len(words) && !choseAfter[words[j+1]] {
		return false
	}
	incise := j+1 < len(words) && words[j+1] != "and" && words[j+1] != "but"
	for k := j + 1; k < len(words); k++ {
		if incise && k <= j+3 && sayVerbs[words[k]] || condemnWords[words[k]] || off24FraudWords[words[k]] || off24ChoseAgainst(words, k) {
			return false // "voters have decided, they tell us", "… and the commission stole it"
		}
	}
	return true
}

// off24ChoseAgainst reports whether words[k] turns the voters' choice
// against someone: "against" after a verb of choosing or voting ("they
// decided against Lima", "voted against this government") or "for" after
// a negation ("and not for the ruling party").
func off24ChoseAgainst(words []string, k int) bool {
	if k == 0 {
		return false
	}
	prev := words[k-1]
	return words[k] == "against" && (choseVerbs[prev] || prev == "voted") || words[k] == "for" && (prev == "not" || prev == "never")
}

// off24VerdictOfVoters reports whether some word of words opens the
// voters' or a court's verdict: "the people have spoken" (verdictSpoken),
// "the voters have decided" (votersChose) or off24VotersChose, with no
// hedge before it (hedged: "claimed the people have spoken").
func off24VerdictOfVoters(words []string) bool {
	for i := range words {
		if !hedged(words, i) && (verdictSpoken(words, i) || votersChose(words, i) || off24VotersChose(words, i)) {
			return true
		}
	}
	return false
}
