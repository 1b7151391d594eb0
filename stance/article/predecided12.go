package article

// preDecided reports whether a remark says the vote's result was settled
// before it was cast: a participle of deciding or writing (preDecidedVerbs)
// followed by "in advance" or "beforehand" ("the count was written in
// advance", "figures manufactured in advance", "a result decided
// beforehand"), or "predetermined", with a word of the result or the
// vote (resultNouns, figureNouns, voteNouns) in the eight words before.
// Opponents say this of a count they reject; the model reads its plain
// words as anything. A negation in the three words before the participle
// ("was not decided in advance") takes it back.
func preDecided(text string) bool {
	words := actionWords(text)
	if winRegardless(words) || lab28enSettledBefore(words) { // en15_view.go, lab28en_before.go
		return true
	}
	for i, w := range words {
		end := -1
		switch {
		case w == "predetermined" || w == "pre-determined":
			end = i
		case preDecidedVerbs[w] && i+1 < len(words) && words[i+1] == "beforehand":
			end = i
		case preDecidedVerbs[w] && i+2 < len(words) && words[i+1] == "in" && words[i+2] == "advance":
			end = i
		}
		if end < 0 || refusedBefore(words, i) {
			continue
		}
		for k := max(0, i-8); k < i; k++ {
			if resultNouns[words[k]] || figureNouns[words[k]] || voteNouns[words[k]] {
				return true
			}
		}
	}
	return false
}
