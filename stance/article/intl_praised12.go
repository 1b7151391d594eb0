package article

// A vote called free and fair: "X nannte die Abstimmung „frei und
// offen“", "X a qualifié le scrutin de « libre et transparent »", "X
// назвал выборы «честными»". Calling the vote what a recognised vote is
// recognises its result (the guidelines' recognition of the process that
// produced it); the German model read „frei und offen“ as hostile. The
// verb of calling comes first, the vote within three words after it,
// and a word of praise within five words after the vote, with no
// negation before the verb or between it and the praise ("nicht frei",
// "ni libre", "n'a pas qualifié"), nor a contrast after the verb ("…,
// kritisierte aber …").

// praiseWords are one language's words of a praised vote.
type praiseWords struct {
	calls            map[string]bool
	objects, praises []string
	neither          map[string]bool // "weder", "ni", "ни": a negation the lexicon's negators lack
	buts             map[string]bool // "aber", "mais", "но": the praise is conceded before a reproach
}

// praisedVote reports whether text in the language code calls the vote
// free or fair (see above).
func praisedVote(code, text string) bool {
	pw, ok := praisedLexicon[code]
	lx := lexicons[code]
	if !ok || lx == nil {
		return false
	}
	words := actionWords(text)
	for v, w := range words {
		if !pw.calls[w] || negatedCall(words, v, pw, lx) || butAfter(words, v, pw) {
			continue
		}
		for o := v + 1; o < len(words) && o <= v+3; o++ {
			if hasStem(words[o:o+1], pw.objects) && praisedAfter(words, o, pw, lx) {
				return true
			}
		}
	}
	return false
}

// negatedCall reports whether a negation stands in the two words before
// the verb of calling words[v]: "n'a pas qualifié le scrutin de « libre »",
// "не назвал выборы честными" deny the praise.
func negatedCall(words []string, v int, pw praiseWords, lx *langLexicon) bool {
	for k := max(0, v-2); k < v; k++ {
		if lx.negators[words[k]] || pw.neither[words[k]] {
			return true
		}
	}
	return false
}

// butAfter reports whether a word of contrast follows the verb of calling
// words[v]: "nannte die Abstimmung „frei“, kritisierte aber das Ergebnis
// als gefälscht", "a qualifié le scrutin de « libre » mais a dénoncé des
// fraudes" concede the day's conduct and reproach something after; the
// other rules and the model read the whole.
func butAfter(words []string, v int, pw praiseWords) bool {
	for _, w := range words[v+1:] {
		if pw.buts[w] {
			return true
		}
	}
	return false
}

// praisedAfter reports whether a word of praise stands within five words
// after the vote words[o], with no negation of the language (nor
// pw.neither) before it.
func praisedAfter(words []string, o int, pw praiseWords, lx *langLexicon) bool {
	for k := o + 1; k < len(words) && k <= o+5; k++ {
		if lx.negators[words[k]] || pw.neither[words[k]] {
			return false
		}
		if hasStem(words[k:k+1], pw.praises) {
			return true
		}
	}
	return false
}

// praisedRun labels recognising by rule an act or reported run that
// calls the vote free or fair (praisedVote), unless a rule has labelled
// it already, or the run also condemns or refuses the result (the
// condemnation rules read it). It reports whether it did.
func (r Reader) praisedRun(a *Analysis, code, run string) bool {
	if a.ByVerb || a.NoStance || r.Classifier == nil || !praisedVote(code, run) || condemnsIn(code, run) || refusesResultIn(code, run) {
		return false
	}
	p, ok := actionPrediction(verdictRecognising, a.Prediction, r.Classifier.Labels())
	if ok {
		a.Prediction, a.ByVerb = p, true
	}
	return ok
}
