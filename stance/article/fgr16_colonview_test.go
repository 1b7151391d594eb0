package article

import "testing"

// TestFgr16PronounView: a view by a pronoun ("pour lui", "à ses yeux",
// "aus seiner Sicht", "с его точки зрения": lexicon_fgr16.go) gives the
// clause after it to the person just named; after a colon, to the
// subject of the clause before it, whose act is kept (fgr16_colonview.go);
// never to a person named after the pronoun. Sentences written for the
// test.
func TestFgr16PronounView(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr pour lui after a colon", "fr", "Dès la proclamation par la Commission électorale, Ivo Kask a refusé les chiffres : pour lui, l'armée a confisqué le vote.",
			[]langRemark{{Action, "Ivo Kask", "a refusé les chiffres"}, {Reported, "Ivo Kask", "l'armée a confisqué le vote"}}},
		{"fr à ses yeux opening the sentence", "fr", "Ivo Kask a parlé longuement. À ses yeux, l'armée a confisqué le vote.",
			[]langRemark{{Reported, "Ivo Kask", "l'armée a confisqué le vote"}}},
		{"de aus seiner Sicht", "de", "Ivo Kask äußerte sich knapp. Aus seiner Sicht ist die Wahl gefälscht worden.",
			[]langRemark{{Action, "Ivo Kask", "äußerte sich knapp"}, {Reported, "Ivo Kask", "ist die Wahl gefälscht worden"}}},
		{"ru с его точки зрения", "ru", "Иво Каск выступил в парламенте. С его точки зрения, выборы были фальсифицированы.",
			[]langRemark{{Reported, "Иво Каск", "выборы были фальсифицированы"}}},
		// counter-cases: the person named after the pronoun is not its
		// holder; with no one named before, no speaker
		{"fr a name after the view", "fr", "Ivo Kask a parlé longuement. Pour lui, la victoire de Jean Dumas est un tournant.",
			[]langRemark{{Reported, "Ivo Kask", "la victoire de Jean Dumas est un tournant"}}},
		{"fr no one named before", "fr", "Pour lui, l'armée a confisqué le vote.", nil},
	})
}
