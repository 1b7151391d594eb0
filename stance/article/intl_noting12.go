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
// noting after it in its clause: "acte" right after it (French), "zur
// Kenntnis" within fourteen words (German, whose verb and particle frame
// the whole clause), "к сведению" within two words
// (Russian).
func (ix *intl) notingAt(toks []token, v int) bool {
	w := toks[v].lower
	switch ix.lx.code {
	case "fr":
		return frenchNoting[w] && v+1 < len(toks) && toks[v+1].is("acte")
	case "de":
		return germanNoting[w] && ix.notedAfter(toks, v, 14, "zur", "kenntnis")
	case "ru":
		return russianNoting[w] && ix.notedAfter(toks, v, 2, "к", "сведению")
	}
	return false
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

// notingPhrases are the phrases of taking note, by language.
var notingPhrases = map[string][]string{
	"fr": {"prend acte", "prennent acte", "prenait acte", "prenaient acte", "pris acte", "prise acte", "prendre acte", "prendra acte"},
	"de": {"zur kenntnis"},
	"ru": {"к сведению"},
}

// notingRun labels withholding by rule a direct, reported or acted run
// that takes note of something (notingPhrases) and holds no recognition
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
	if !noted {
		return false
	}
	words := actionWords(run)
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
