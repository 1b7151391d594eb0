package article

// rev28lenVoteEnded reports whether the words after "before" (from
// words[from], five words) tell the vote ending or being counted rather
// than being held: "the race was decided long before the polls closed",
// "settled well before the last ballots were counted". That is a
// landslide told by a winner's camp or an analyst, not a result fixed in
// advance ("decided before anyone voted").
func rev28lenVoteEnded(words []string, from int) bool {
	for k := from; k < len(words) && k < from+5; k++ {
		if rev28lenEndWords[words[k]] {
			return true
		}
	}
	return false
}

// rev28lenDenied reports whether a denial word stands among the eight
// words before words[i] ("Nobody can say the result was decided before a
// single vote was cast", "rejected claims that the outcome was fixed long
// before polling day"): the claim of a result settled before the vote is
// the one the speaker denies.
func rev28lenDenied(words []string, i int) bool {
	for k := max(0, i-8); k < i; k++ {
		if rev28lenDenyWords[words[k]] {
			return true
		}
	}
	return false
}

// rev28lenNameEnds reports whether the capitalised word toks[k], the
// object of a negated "mention", is a name standing alone ("did not
// mention Lima by name", "never named Lima."), not the first word of
// another noun phrase ("did not mention Christmas bonuses", "did not
// mention Monday's strike") nor a day or month ("did not mention
// Tuesday").
func rev28lenNameEnds(toks []token, k int) bool {
	if timeWords[toks[k].lower] {
		return false
	}
	if k+1 >= len(toks) || !toks[k+1].word() {
		return k+1 >= len(toks) || !toks[k+1].is("'s") && !toks[k+1].is("’s")
	}
	n := toks[k+1]
	if n.is("or") || n.is("and") {
		return rev28lenNamedPair(toks, k+2)
	}
	return n.cap || rev28lenAfterName[n.lower]
}

// rev28lenNamedPair reports whether the word after "or"/"and" (toks[k],
// past a "the") is another name or a word of the winner or the result:
// "did not mention Lima or the result" leaves the winner out; "did not
// mention Norland or the election at all" is a subject left out.
func rev28lenNamedPair(toks []token, k int) bool {
	if k < len(toks) && toks[k].is("the") {
		k++
	}
	return k < len(toks) && toks[k].word() && (toks[k].cap || winnerTitles[toks[k].lower] || resultNouns[toks[k].lower])
}

// rev28lenTiedNegation reports whether the negation or holding back at
// words[k] governs the demand verb words[i]: only words of a verb chain
// stand between them ("did not call for", "declined to call for",
// "stopped short of calling for", "did not go so far as to call for"). A
// negation of another verb ("would not concede, called for a new vote",
// "refused to concede, calling for a fresh election", "did not hesitate
// to call for", "was not surprised and demanded") leaves the demand
// standing.
func rev28lenTiedNegation(words []string, k, i int) bool {
	for j := k + 1; j < i; j++ {
		if !rev28lenChainWords[words[j]] {
			return false
		}
	}
	return true
}

// rev28lenButFraud reports whether, after the denied demand at words[i],
// a "but" turns to a charge of fraud ("stopped short of calling for a
// rerun but called the count a fraud"): the speaker who asks for no new
// vote still rejects the result, so the held-back demand tells nothing of
// a withheld one. "irregularities" and a denied fraud ("but said there
// was no fraud") do not count.
func rev28lenButFraud(words []string, i int) bool {
	but := -1
	for k := i + 1; k < len(words); k++ {
		switch {
		case words[k] == "but" && but < 0:
			but = k
		case but >= 0 && fraudWords[words[k]] && words[k] != "irregularities" && !refusedBefore(words, k):
			return true
		}
	}
	return false
}
