package article

import "strings"

// A quotation followed by a plural speech verb and two or more people
// ("«…», señalaron el canciller A y la ministra B"; "« … », ont déclaré
// A et B"; "„…“, erklärten A und B"; "«…», — заявили A и B") is said by
// each of them: until session 21 the first was its only speaker, the
// others were lost. ml21CoQuote gives each person coordinated after the
// first a copy of the quotation (found.co, which finish keeps beside the
// first speaker's remark of the same span).

// ml21CoQuote records a copy of the direct remark of the quotation q,
// toks[k], for each person coordinated after the subject of the plural
// speech verb that follows it.
func (ix *intl) ml21CoQuote(toks []token, k int, q quote, headline bool) {
	j := k + 1
	if j < len(toks) && toks[j].is(",") {
		j++
	}
	if j < len(toks) && isDash(toks[j]) {
		j++
	}
	if j >= len(toks) || !toks[j].word() {
		return
	}
	v := ix.verbAt(toks, j)
	if v < 0 || !ix.ml21PluralVerb(toks, j, v) || v+2 >= len(toks) {
		return
	}
	s := v + 1
	if ix.lx.notNames[toks[s].lower] || ix.lx.impersonal[toks[s].lower] {
		s++ // "ont déclaré mardi A et B"
	}
	p := ix.apposed(toks, s)
	for i := s + 1; !ix.isPerson(p) && ix.lx.stops[toks[s].lower] && i < len(toks) && i <= s+5 && toks[i].word(); i++ {
		p = ix.apposed(toks, i) // "subrayaron en un comunicado A y B" (as pastAdverbial)
	}
	if !ix.isPerson(p) || p.kind == pPronoun || ix.rev21grNotCoSubject(toks, p, p.lo > s) {
		return // "sagten Anhänger von A und B" (rev21gr_narrow.go)
	}
	cs, ce := trimQuote(ix.x.text, q.cstart, q.cend)
	if cs >= ce {
		return
	}
	for _, c := range ix.coordinatedAfter(toks, p) {
		spk := ix.resolve(c)
		if spk == nil {
			continue
		}
		r := Remark{Text: ix.x.text[cs:ce], Kind: Direct, Start: cs, End: ce, QuoteStart: q.open, QuoteEnd: q.close, Headline: headline}
		ix.x.remarks = append(ix.x.remarks, found{Remark: r, spk: spk, co: true})
	}
}

// ml21PluralVerb reports whether the speech verb toks[v], reached from
// toks[j] past clitics and auxiliaries, is in the third person plural:
// by the auxiliary ("han", "ont", "haben", "têm") or by the verb's ending
// ("-ron", "-ram", "-ent", "-ten"/"-en", "-ли").
func (ix *intl) ml21PluralVerb(toks []token, j, v int) bool {
	for i := j; i < v; i++ {
		if ml21PluralAux[toks[i].lower] {
			return true
		}
	}
	w := toks[v].lower
	for _, e := range ml21PluralEndings[ix.lx.code] {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 && !(e == "ent" && strings.HasSuffix(w, "ient")) {
			return true
		}
	}
	return false
}
