package article

// pastParticiple returns where the name starts after a participle phrase
// that opens toks[s:b] in Russian ("Находящийся за рубежом Мухтар
// Аблязов, лидер …, назвал …", "Занявший второе место X"): news prose
// describes a person by what they are doing or did before naming them.
// The phrase is a capitalised participle (its ending) and up to four
// lower-case words; the first capitalised word after them opens the
// name. Otherwise it returns s.
func (ix *intl) pastParticiple(toks []token, s, b int) int {
	if ix.lx.code != "ru" || s >= b || !toks[s].word() || !toks[s].cap || !participle(toks[s].lower) {
		return s
	}
	for i := s + 1; i < b && i <= s+5 && toks[i].word(); i++ {
		if toks[i].cap {
			return i
		}
	}
	return s
}

// participle reports whether a Russian word ends as an active participle
// does (находящийся, занявший, проигравшая, победившие).
func participle(w string) bool {
	return hasAnySuffix(w, "щий", "щая", "щие", "щийся", "щаяся", "щиеся", "вший", "вшая", "вшие", "вшийся", "вшаяся", "ший", "шая")
}
