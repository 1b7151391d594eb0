package article

// "A medida que" / "à medida que" is "as" (while, in step with), not
// "made to measure": "los resultados, decididos a medida que llegaban las
// actas", "definidos à medida que as urnas eram apuradas". romPreDecided
// (rom19_predecided.go) reads "a medida", "a la medida" and "à medida"
// after a participle as tailor-made; before "que" they are not.

// revProgressive reports whether words[end-1], the last word of an
// "in advance" phrase, is "medida" and words[end] is "que".
func revProgressive(words []string, end int) bool {
	return end >= 1 && end < len(words) && words[end-1] == "medida" && words[end] == "que"
}
