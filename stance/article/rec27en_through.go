package article

// A body speaks through an officer whose office and name are not set
// apart by a comma: "A monitoring group, through its director Ivo Kask,
// said it would not comment", "The party said through its chairman Lena
// Dal that …". throughAgent read only "through its director, Ivo Kask,";
// here the office words run straight into the name, which the comma at
// toks[c] ends. The office must end in a person's office (personRoles)
// and hold no preposition: "through its offices in Tarn," is no officer.

// rec27ThroughBare returns the officer's name and the index where it
// starts when the words toks[lo:c] are an office (lower-case words) and
// then a name that ends at the comma toks[c]; else no phrase.
func (x *extractor) rec27ThroughBare(toks []token, lo, c int) (phrase, int) {
	k := lo
	for k < c && !toks[k].cap {
		k++
	}
	if k == lo || k >= c || !toks[c].is(",") || !personRoles[toks[k-1].lower] {
		return phrase{}, -1 // "through its offices in Tarn," names no officer
	}
	for _, t := range toks[lo:k] {
		if originPreps[t.lower] || objectPreps[t.lower] {
			return phrase{}, -1
		}
	}
	nm := forwardRun(x.text, toks, k)
	if nm.kind != pName || nm.lo != k || nm.hi != c {
		return phrase{}, -1
	}
	return nm, k
}
