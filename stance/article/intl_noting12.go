package article

import "strings"

// Taking note of the result: "X a pris acte de la proclamation", "X nahm
// das Ergebnis lediglich zur Kenntnis", "X и Y приняли к сведению
// предварительные итоги". Diplomacy takes note of a result it will not
// yet congratulate: the guidelines' withholding (acknowledging the
// announcement without recognising the winner). The reader read no act
// in such a sentence, and the models read the result's words in it
// ("de la victoire") as a recognition. notingAt makes the verb an act,
// and notingRun labels a run that takes note and recognises nothing
// withholding by rule.

// notingAt reports whether toks[v] is a verb of taking with the words of
// noting after it in its clause, and the vote or its result there too
// (notesResult): "acte" right after it (French), "zur
// Kenntnis" within fourteen words (German, whose verb and particle frame
// the whole clause), "к сведению" within two words
// (Russian), "nota" within two words (Spanish, Portuguese: "tomó debida
// nota"; lexicon_noting14.go).
func (ix *intl) notingAt(toks []token, v int) bool {
	w := toks[v].lower
	if !notesResult(ix.lx.code, ix.notedWords(toks, v, notingObjectSpan)) && !ix.rec27mlNotesRuling(toks, v) { // rec27ml_noting.go
		return false // "a pris acte de la démission du Premier ministre"
	}
	switch ix.lx.code {
	case "fr":
		return frenchNoting[w] && v+1 < len(toks) && toks[v+1].is("acte")
	case "de":
		return germanNoting[w] && ix.notedAfter(toks, v, 14, "zur", "kenntnis")
	case "ru":
		return russianNoting[w] && ix.notedAfter(toks, v, 2, "к", "сведению")
	case "es", "pt":
		return iberianNoting[w] && notaAfter(toks, v) // lexicon_noting14.go
	}
	return false
}

// notingObjectSpan is how many tokens after a verb of taking may hold
// the vote or result taken note of.
const notingObjectSpan = 16

// notedWords returns the lower-case words of up to span tokens after
// toks[v], up to the sentence's end or the first conjunction.
func (ix *intl) notedWords(toks []token, v, span int) []string {
	var ws []string
	for k := v + 1; k < len(toks) && k <= v+span; k++ {
		if toks[k].word() && ix.lx.conjunctions[toks[k].lower] {
			break // "… zur Kenntnis und gratulierte … zum Sieg": another act
		}
		if toks[k].word() {
			ws = append(ws, toks[k].lower)
		} else if toks[k].isTerm() {
			break
		}
	}
	return ws
}

// notedAfter reports whether the words a and b stand next to each other
// within span tokens after toks[v], in its clause, or open a quotation
// there ("lediglich „zur Kenntnis“").
func (ix *intl) notedAfter(toks []token, v, span int, a, b string) bool {
	for k := v + 1; k < len(toks) && k <= v+span; k++ {
		if toks[k].kind == tQuote {
			q := ix.x.quotes[toks[k].q]
			return strings.HasPrefix(strings.ToLower(ix.x.text[q.cstart:q.cend]), a+" "+b)
		}
		if !toks[k].word() {
			return false
		}
		if k+1 < len(toks) && toks[k].is(a) && toks[k+1].is(b) {
			return true
		}
	}
	return false
}

// notingRun labels withholding by rule a direct, reported or acted run
// that takes note of something (notingPhrases) that is the vote or its
// result (notesResult) and holds no recognition
// of the language (recognitionStems: "félicit", "gratul", "поздрав")
// that is not denied (notingDenied), unless a rule has labelled it
// already. It reports whether it did.
func (r Reader) notingRun(a *Analysis, code, run string) bool {
	lx := lexicons[code]
	phrases, ok := notingPhrases[code]
	if !ok || lx == nil || a.ByVerb || a.NoStance || r.Classifier == nil {
		return false
	}
	low := strings.ToLower(strings.NewReplacer("«", "", "»", "", "„", "", "“", "").Replace(run))
	low = strings.Join(strings.Fields(low), " ")
	noted := false
	for _, p := range phrases {
		noted = noted || strings.Contains(low, p)
	}
	words := actionWords(run)
	if !noted || !notesResult(code, words) {
		return false
	}
	for i, w := range words {
		if lx.recognition(w) && !notingDenied(lx, words[max(0, i-4):i]) {
			return false
		}
	}
	p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels())
	if ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
	return ok
}

// notingDenied reports whether the words before a recognition deny it:
// a negation, or "sans" ("sans adresser la moindre félicitation", "ohne
// zu gratulieren", "без поздравлений"), which leave the note unrecognising.
func notingDenied(lx *langLexicon, before []string) bool {
	for _, w := range before {
		if lx.negators[w] || w == "sans" || w == "ohne" || w == "без" {
			return true
		}
	}
	return false
}

// notesResult reports whether words hold a word of the vote or its
// result (notedResults): taking note of a resignation, of criticism or
// of a ruling on something else ("a pris acte de la démission du Premier
// ministre", "nahm die Kritik der Wahlbeobachter zur Kenntnis") is no
// verdict on the result.
func notesResult(code string, words []string) bool {
	for _, w := range words {
		for _, r := range notedResults[code] {
			if code == "de" && strings.HasSuffix(w, r) || code != "de" && strings.HasPrefix(w, r) {
				return true
			}
		}
	}
	return false
}

// notaAfter reports whether "nota" is one of the two words after
// toks[v] ("tomó nota", "tomó debida nota", "tomou boa nota").
func notaAfter(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+2 && toks[k].word(); k++ {
		if toks[k].is("nota") {
			return true
		}
	}
	return false
}
