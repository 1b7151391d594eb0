package article

// German sources of an opinion before its clause, besides "laut" and "so"
// (lexicon_de.go): "Nach Ansicht von Ivo Kask war die Wahl eine Farce",
// "Nach Einschätzung von …", "Nach Worten von …". "Für X ist …" is left
// out although Spanish "Para X, …" is read: German reporters open their
// own analysis so ("Für Belgrad ist das die ideale Konstellation", "Für
// die deutsche Autoindustrie ist das keine Fußnote"), and German nouns
// are capitalised ("Für Kinder ist das ein großer Tag").
func init() {
	de := lexicons["de"]
	more := []string{"nach ansicht von", "nach meinung von", "nach auffassung von", "nach einschätzung von", "nach worten von"}
	de.according = append(de.according, more...)
	de.reportedAccording = append(de.reportedAccording, more...)
}
