package article

// off25PartisanTitle reports whether a description's title, the words
// before its first preposition or relative word, has a word of a party or
// a campaign (partisanWords): "a deputy campaign manager for the ruling
// party", "a party consultant". Such a manager or consultant speaks for
// a side, and is no commentator whatever the head noun
// (commentatorApposition, commentator.go).
func off25PartisanTitle(w []string) bool {
	for _, x := range w {
		if appositionStops[x] || relativeWords[x] {
			return false
		}
		if partisanWords[x] {
			return true
		}
	}
	return false
}
