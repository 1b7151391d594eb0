package article

// A speech or an appearance given over to an act: "el gobernante dedicó
// parte de su programa televisivo a tachar a X de …", "o líder dedicou o
// discurso a criticar o vencedor". The verb of dedicating, its object
// (up to maxDedicateObject words) and "a" with an infinitive of acting or
// saying (the periphrases' actInf and sayInf, and dedicateInf) make an act
// of the subject, as "volvió a criticar" does (periphrasisAt).

// maxDedicateObject bounds the words between the verb and "a".
const maxDedicateObject = 7

// dedicatedAt reports whether toks[v] is a verb of dedicating whose
// object is followed by "a" and an infinitive of acting or saying.
func (ix *intl) dedicatedAt(toks []token, v int) bool {
	code := ix.lx.code
	if !dedicateVerbs[code][toks[v].lower] {
		return false
	}
	pl := periphrases[code]
	for k := v + 2; k+1 < len(toks) && k <= v+1+maxDedicateObject && toks[k].word(); k++ {
		if toks[k].lower != "a" {
			continue
		}
		inf := toks[k+1].lower
		return toks[k+1].word() && (pl.actInf[inf] || pl.sayInf[inf] || dedicateInf[code][inf])
	}
	return false
}

func init() {
	for _, w := range iberoRulers17["es"] {
		spanish.roles[w] = true
	}
	for _, w := range iberoRulers17["pt"] {
		portuguese.roles[w] = true
	}
}
