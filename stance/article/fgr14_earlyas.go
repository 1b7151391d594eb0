package article

// Russian "ещё" before a word of time means "as early as", not "yet":
// "Навальный отказался признавать результат ещё в ночь на понедельник"
// refuses outright, as early as that night; "ещё не признал" is "has not
// yet recognised". The verdict read every "ещё" as a delay and made such
// a refusal withholding.

// asEarlyAs reports whether words[j], a delay word, opens a time
// expression (fgrRuTimeAfterStill) in Russian.
func (l *langLexicon) asEarlyAs(words []string, j int) bool {
	if l.code != "ru" || j+1 >= len(words) || words[j] != "ещё" && words[j] != "еще" {
		return false
	}
	return fgrRuTimeAfterStill[words[j+1]]
}
