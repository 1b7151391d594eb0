package article

import "github.com/stancekit/stancekit/corpus"

// A remark that names the next leader only as "whoever it will be" leaves
// the winner unnamed: "freue sich auf die Arbeit mit dem künftigen
// Ministerpräsidenten, wer immer das sein wird", "trabajaremos con el
// próximo gobierno, sea quien sea", "travaillera avec le futur président,
// quel qu'il soit", "cooperará com quem quer que vença", "будем работать
// с любым президентом, кто бы им ни стал". The warm words of such a remark
// (working together, a reliable government) are said to no one in
// particular: it withholds (GUIDELINES rule 3), as the English
// laterConditions read "with whoever wins". Only a remark read as
// recognising is turned; a hostile one stays hostile.

// lab22mlNamesWhoever reports whether words (of a remark in the language
// code) hold a phrase of an unnamed next leader.
func lab22mlNamesWhoever(code string, words []string) bool {
	if code == "ru" && lab22mlRuWhoever(words) || lab22mlWhoWins(code, words) {
		return true
	}
	for _, p := range lab22mlWhoever[code] {
		for i := 0; i+len(p) <= len(words); i++ {
			if !lab22mlSameWords(words[i:i+len(p)], p) {
				continue
			}
			if e := i + len(p); e < len(words) && lab22mlWhoeverNot[code][words[e]] {
				continue
			}
			return true
		}
	}
	return false
}

// lab22mlSameWords reports whether a and b hold the same words.
func lab22mlSameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// lab22mlWhoeverRun labels a remark read as recognising withholding when
// its run names the next leader only as "whoever it will be".
func (r Reader) lab22mlWhoeverRun(a *Analysis, code, run string, commentator bool) {
	if a.NoStance || commentator || r.Classifier == nil || a.Prediction.Label != corpus.Recognising {
		return
	}
	if !lab22mlNamesWhoever(code, actionWords(run)) && !lab22mlNamesWhoever(code, r.lab22mlSentenceRest(a)) {
		return
	}
	if rev22lmlWinnerNamed(r.Context, actionWords(run)) { // the winner named: not "whoever" alone (rev22lml_whoever.go)
		return
	}
	if p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = p, true, true, 1
	}
}

// lab22mlRuWhoever reports whether words hold a Russian "кто бы … ни"
// with one or two words between "бы" and "ни" ("кто бы им ни стал", "кем
// бы он ни был").
func lab22mlRuWhoever(words []string) bool {
	for i := 0; i+3 < len(words); i++ {
		if !lab22mlRuWho[words[i]] || words[i+1] != "бы" {
			continue
		}
		for k := i + 2; k < len(words) && k <= i+4; k++ {
			if words[k] == "ни" {
				return !rev22lmlRuWhatever(words[i+2 : k])
			}
		}
	}
	return false
}

// lab22mlWhoWins reports whether words hold a clause of "who" without a
// head with a verb of lab22mlWinVerbs within four words after it; French
// "qui" only after "celui" or "celle" ("celui qui l'emportera").
func lab22mlWhoWins(code string, words []string) bool {
	for i, w := range words {
		if !lab22mlWho[code][w] || w == "qui" && (i == 0 || words[i-1] != "celui" && words[i-1] != "celle") {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+4; k++ {
			if lab22mlWinVerbs[code][words[k]] && !rev22lmlAuxBeforeVerb(code, words, k) {
				return true
			}
		}
	}
	return false
}

// lab22mlSentenceRest returns the words of the text after the remark a up
// to the end of its sentence, when they are few (twelve words at most):
// the quoted end of a reported remark the reader split off ("er freue
// sich auf die Zusammenarbeit, »wer auch immer sie anführt«").
func (r Reader) lab22mlSentenceRest(a *Analysis) []string {
	if a.End <= 0 || a.End > len(r.text) {
		return nil
	}
	e := a.End
	for e < len(r.text) && !cond22SentenceEnd(r.text[:e]) {
		e++
	}
	if ws := actionWords(r.text[a.End:e]); len(ws) <= 12 {
		return ws
	}
	return nil
}
