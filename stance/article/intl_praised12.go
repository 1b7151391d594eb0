package article

// A vote called free and fair: "X nannte die Abstimmung „frei und
// offen“", "X a qualifié le scrutin de « libre et transparent »", "X
// назвал выборы «честными»". Calling the vote what a recognised vote is
// recognises its result (the guidelines' recognition of the process that
// produced it); the German model read „frei und offen“ as hostile. The
// verb of calling comes first, the vote within three words after it,
// and a word of praise within five words after the vote, with no
// negation between the verb and the praise ("nicht frei", "ni libre").

// praiseWords are one language's words of a praised vote.
type praiseWords struct {
	calls            map[string]bool
	objects, praises []string
	neither          map[string]bool // "weder", "ni", "ни": a negation the lexicon's negators lack
}

// praisedLexicon holds the languages' praiseWords.
var praisedLexicon = map[string]praiseWords{"de": germanPraised, "fr": frenchPraised, "ru": russianPraised}

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
		if !pw.calls[w] {
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
// it already. It reports whether it did.
func (r Reader) praisedRun(a *Analysis, code, run string) bool {
	if a.ByVerb || a.NoStance || r.Classifier == nil || !praisedVote(code, run) {
		return false
	}
	p, ok := actionPrediction(verdictRecognising, a.Prediction, r.Classifier.Labels())
	if ok {
		a.Prediction, a.ByVerb = p, true
	}
	return ok
}
