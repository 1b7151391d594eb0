package article

// ledBySubject is the head of a group set off by commas before the verb
// after the comma toks[k]: "The observer delegation from Tarn, led by
// lawmaker Jo Roe, praised the vote", "A mission, headed by the former
// minister Lena Dal, said …". Reporters name whom such a delegation
// speaks through; the verb's subject is that person, not the office or
// the last name before the comma. The head is a name (with or without an
// office before it) that reaches the comma, after ", led by" (ledByVerbs).
func (x *extractor) ledBySubject(toks []token, k int) phrase {
	for j := k - 2; j >= 3 && j >= k-ledBySpan; j-- {
		if !toks[j].is("by") || !toks[j-1].word() || !ledByVerbs[toks[j-1].lower] || !toks[j-2].is(",") {
			continue
		}
		ph := forward(x.text, toks, j+1)
		if ph.kind != pName || skipOrigin(toks, ph.hi) != k {
			return phrase{}
		}
		return ph
	}
	return phrase{}
}

// ledBySpan is how many tokens the head's name may take before the comma.
const ledBySpan = 10
