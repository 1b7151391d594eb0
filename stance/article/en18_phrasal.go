package article

// phrasalStance reports whether toks[i] is a verb whose particle follows
// it and makes it a verb of stance (phrasalStanceVerbs): "had already
// turned down the official tally", "has ruled out any talks with the
// winner". An object must follow the particle — a determiner, a
// possessive, "any" or a capitalised word ("the lights were turned down
// low" is none). The verb and its clause are read as a stance verb's
// are (an action), and it ends a clause before it as they do
// (ownSubjectVerb).
func phrasalStance(toks []token, i int) bool {
	if !toks[i].word() || i+2 >= len(toks) {
		return false
	}
	p, ok := phrasalStanceVerbs[toks[i].lower]
	if !ok || !toks[i+1].is(p) {
		return false
	}
	o := toks[i+2]
	return o.word() && (determiners[o.lower] || possessivePronouns[o.lower] || o.cap || o.is("any")) && phrasalObject(toks, i+2)
}

// phrasalObject reports whether the object opening at toks[o] is one a
// stance can be taken on: within phrasalObjectSpan words, before any
// punctuation, a name (a capitalised word) or a noun of the vote, its
// result or a challenge to it (processNouns, resultNouns, figureNouns,
// countNouns, challengeNouns): "turned down the official tally", "threw
// out Kask's complaints", "ruled out any talks with Velor". Off-topic
// objects are not ("turned down the volume", "ruled out a tax rise next
// year", "threw out the first pitch").
func phrasalObject(toks []token, o int) bool {
	for k := o; k < len(toks) && k < o+phrasalObjectSpan && toks[k].word(); k++ {
		w := toks[k].lower
		if toks[k].cap || processNouns[w] || resultNouns[w] || figureNouns[w] || countNouns[w] || challengeNouns[w] {
			return true
		}
	}
	return false
}

// phrasalObjectSpan is how many words of a phrasal verb's object
// phrasalObject looks at.
const phrasalObjectSpan = 6

// phrasalRejection reports whether words[i] and its particle after it
// reject what follows (phrasalRejections): rejectionVerdict reads them
// as it reads "rejected".
func phrasalRejection(words []string, i int) bool {
	return phrasalRejections[words[i]] && i+1 < len(words) && words[i+1] == phrasalStanceVerbs[words[i]]
}

// fairnessReserved reports whether an act holds back a judgement that
// the vote was fair: a reserve (actionReserves: "stopped short of",
// "declined to", "avoided") with, within three words, a verb of judging
// (fairJudgingForms) and then, within four words, a fairWords word, a
// processNouns word standing between them or right after ("stopped short
// of calling the vote free and fair", "declined to describe the election
// as credible"). That withholds a verdict; it does not deny fairness as
// "could not be called fair" does (fairnessDenied).
func fairnessReserved(words []string) bool {
	for i, w := range words {
		if !actionReserves[w] {
			continue
		}
		for v := i + 1; v < len(words) && v <= i+3; v++ {
			if !fairJudgingForms[words[v]] {
				continue
			}
			for f := v + 1; f < len(words) && f <= v+4; f++ {
				if fairWords[words[f]] && voteNear(words, v+1, f+3) {
					return true
				}
			}
		}
	}
	return false
}

// fairnessVerdict is the verdict on an act with no recognition verb
// that judges the vote's fairness: withholding when it holds the
// judgement back (fairnessReserved: "stopped short of calling the vote
// fair"), hostile when it denies it (fairnessDenied: "said the vote could
// not be called free"), else none.
func fairnessVerdict(words []string) actionVerdict {
	switch {
	case fairnessReserved(words):
		return verdictWithholding
	case fairnessDenied(words):
		return verdictHostile
	}
	return verdictNone
}
