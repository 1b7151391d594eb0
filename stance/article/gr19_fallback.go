package article

// German capitalises every noun, so two nouns in a row ("die Führung
// Justiz und Medien", "das Land Hilfen") read as a name of two words.
// The fallback for a sentence naming one person (intl_fallback.go)
// dropped the sentence at such a name when it had no title and had not
// been named before, even after a person named with a title had opened
// the sentence: "Der Europapolitiker X brachte ein Einfrieren der Mittel
// ins Spiel, sollte die Führung Justiz und Medien schleifen" gave X no
// remark. After a titled person, such a run is passed over (onlyPerson);
// before one it still drops the sentence, for it may be its untitled
// subject.
