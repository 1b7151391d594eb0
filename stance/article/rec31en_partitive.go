package article

// partitiveSubject is the person named in apposition after a partitive
// opening the clause, with toks[k] the comma before the verb: "One of the
// party leaders, Jo Roe, said the bloc would protest", "According to
// local reports, one of the opposition's lawyers, Ivo Kask, rejected …".
// The partitive names a group the person belongs to, not an office, so
// no subject was found before. "one of" must open the clause (sentence
// start or a clauseOpener), words only follow it up to the comma after
// at most partitiveSpan tokens, and a name closes the apposition at k.
func (x *extractor) partitiveSubject(toks []token, k int) phrase {
	if k < 5 || !toks[k].is(",") {
		return phrase{}
	}
	in := backward(x.text, toks, k-1)
	m := in.lo - 1
	if in.kind != pName || in.hi != k || m < 3 || !toks[m].is(",") {
		return phrase{}
	}
	for s := m - 2; s >= 0 && s >= m-partitiveSpan; s-- {
		if !toks[s].word() {
			return phrase{}
		}
		if toks[s].is("one") && toks[s+1].is("of") && (s == 0 || clauseOpener(toks[s-1])) && s+2 < m {
			return in // no role: "one of the party leaders" is no office
		}
	}
	return phrase{}
}

// partitiveSpan is how many tokens "one of the …" may hold before its
// comma.
const partitiveSpan = 8
