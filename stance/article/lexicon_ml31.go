package article

// ml31DeBodySuffixes end German compounds naming a ministry or a
// government, read as offices as "Ministerium" and "Botschaft" already
// are, so that a lower-case adjective of nationality before them stays
// in the subject: "Das polnische Außenministerium erklärte, …", "Die
// tarsische Regierung erklärte, …" (the compound was read as a name,
// and a name phrase stops at a lower-case word, so the subject and its
// remark were lost). A suffix matches a longer word only; "Regierung"
// alone is listed as a role.
var ml31DeBodySuffixes = []string{"ministerium", "regierung"}

func init() {
	german.roles["regierung"] = true
	german.roleSuffixes = append(german.roleSuffixes, ml31DeBodySuffixes...)
}

// ml31DeAlsoAdverbs stand between a German speech verb and the comma of
// its clause as deFocusAdverbs do ("Das Ministerium erklärte ebenfalls,
// die Wahl sei nicht frei gewesen", "erklärte erneut, …", and the Swiss
// spelling "ausserdem"): words that are never names, so that
// adverbialOnly reads past them.
var ml31DeAlsoAdverbs = []string{"ebenfalls", "gleichfalls", "erneut", "ausserdem"}

func init() {
	for _, w := range ml31DeAlsoAdverbs {
		german.notNames[w] = true
	}
}

// ml31PraiseQuoteVerbs are verbs of praise and welcome that attribute a
// quotation they follow, inverted with their subject, as the verbs of
// protest of rec25mlQuoteVerbs do ("« C'est une victoire de la
// démocratie », a salué le Premier ministre tarsien X", "«…», celebró la
// canciller X", "„…“, lobte Außenministerin X"); rec25mlAfterQuote takes
// them only when a speaker phrase follows them up to the end of the
// clause, so "«…», saludó a X por su triunfo" (an object and more) is not
// attributed.
var ml31PraiseQuoteVerbs = map[string][]string{
	"fr": {"salué", "salue", "applaudi", "applaudit", "loué", "loue"},
	"es": {"celebró", "celebra", "saludó", "saluda", "aplaudió", "aplaude", "elogió", "elogia"},
	"pt": {"saudou", "saúda", "celebrou", "celebra", "elogiou", "elogia", "aplaudiu", "aplaude"},
	"de": {"lobte", "lobt", "begrüßte", "begrüßt", "jubelte", "jubelt"},
}

func init() {
	for code, ws := range ml31PraiseQuoteVerbs {
		for _, w := range ws {
			rec25mlQuoteVerbs[code][w] = true
		}
	}
}
