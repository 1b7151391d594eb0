package article

// ofWhom reports whether toks[k] ("whom") closes ", both of whom" (or
// all, each): a relative clause whose subject is every name of the list
// before the comma ("He was joined by Jo Roe and by Ivo Kask, both of
// whom described the outcome as a fraud").
func ofWhom(toks []token, k int) bool {
	return k >= 4 && toks[k].is("whom") && toks[k-1].is("of") && toks[k-2].word() && ofWhomQuantifiers[toks[k-2].lower] && toks[k-3].is(",")
}

// ofWhomCo is the names coordinated with ph, the last name of the list
// an "of whom" clause after it describes: "by Jo Roe and by Ivo Kask,
// both of whom …" gives Jo Roe for Ivo Kask. A preposition repeated
// before each name ("and by") is stepped over. It is nil unless the
// clause follows ph.
func (x *extractor) ofWhomCo(toks []token, ph phrase) []phrase {
	if !ph.ok() || ph.hi+3 >= len(toks) || !ofWhom(toks, ph.hi+3) {
		return nil
	}
	var out []phrase
	lo := ph.lo
	for n := 0; n < 6 && lo >= 2; n++ {
		j := lo - 1
		if toks[j].word() && relativeAntecedentPreps[toks[j].lower] {
			j--
		}
		if j < 1 || !toks[j].is("and") && !toks[j].is(",") {
			break
		}
		p := backward(x.text, toks, x.originTrim(toks, j-1))
		if p.kind != pName {
			break
		}
		out = append(out, p)
		lo = p.lo
	}
	return out
}
