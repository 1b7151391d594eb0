package article

// Narrowing gr19_notthink.go (review of session 19). What one does not
// think of doing is the first infinitive after the negated verb, in its
// clause: "denkt nicht daran, die Wahl anzufechten, und will der
// Siegerin gratulieren" refuses to contest, and "denkt nicht daran, ihr
// die Anerkennung zu verweigern" names recognition as a noun; "не
// собирается скрывать, что поздравил", "не собирается оспаривать итоги
// и признаёт победу" have another infinitive first. So the recognition
// must be an infinitive ("anzuerkennen", "gratulieren", "признавать")
// with no other infinitive and no conjunction before it.

// rev19RefusedInfinitive reports whether the first infinitive of after
// (the words after "daran" or after "не думает") is a recognition.
func rev19RefusedInfinitive(l *langLexicon, after []string) bool {
	for _, a := range after {
		if rev19ClauseEnds[l.code][a] {
			return false // "…, und will der Siegerin gratulieren"
		}
		if !gr19HasEnding(a, rev19Infinitives[l.code]) || l.code == "de" && rev19DeNotVerbs[a] {
			continue
		}
		return l.recognition(a) // the first infinitive
	}
	return false
}
