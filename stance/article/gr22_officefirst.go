package article

// In Russian, a lower-case office word right before a capitalised word opens the
// name phrase: "стал президент России Дмитрий Орлов" names Дмитрий Орлов
// with the office "президент России", not a three-word name "России
// Дмитрий Орлов" without one (which the fallback for a sentence naming
// one person, intl_fallback.go, passes over as no person). The same
// holds of a periphrasis with an adjective inside it: "глава российского
// государства" refers back as "глава государства" does (aliasOffice in
// intl.go tries the head with the last complement too).

// gr22OfficeFirst parses the name phrase at the capitalised word toks[i],
// from the office word before it when that gives a name with an office.
func (ix *intl) gr22OfficeFirst(toks []token, i int) phrase {
	q := ix.apposed(toks, i)
	if ix.lx.code != "ru" || i == 0 || !toks[i-1].word() || toks[i-1].cap || !ix.lx.roles[toks[i-1].lower] || !ix.rev21grActBefore(toks, i-1) {
		return q
	}
	if o := ix.apposed(toks, i-1); o.ok() && o.kind == pName && o.role != "" && o.hi == q.hi {
		return o
	}
	return q
}
