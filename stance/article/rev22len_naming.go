package article

// gerundNamed reports whether the naming verb at words[i], a gerund
// opening a sentence (starts), names the result as the subject of a
// judgement: a copula or modal (rev22lenNameModals) follows the result
// noun at words[obj] within two to five words ("Calling the election a
// plot is absurd", "Calling the vote a massive fraud would be wrong"),
// so the naming is judged, not made. "Calling the vote a sham, Sousa
// vowed to fight on" names it.
func gerundNamed(words []string, i, obj int, starts map[int]bool) bool {
	if !starts[i] || len(words[i]) < 5 || words[i][len(words[i])-3:] != "ing" {
		return false
	}
	for k := obj + 2; k < len(words) && k <= obj+5; k++ {
		if rev22lenNameModals[words[k]] {
			return true
		}
	}
	return false
}
