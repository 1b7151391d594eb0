package article

import (
	"testing"
)

// TestConjoinedSpeechObject: a speech verb after "e"/"y" that follows a
// verb's object ("felicitou Velor e disse que …") has the first verb's
// subject, not the object before the conjunction, even when the object is
// a person named before; a short adverbial that opens with a preposition
// still stands between a subject and its verb. Sentences written for the
// test.
func TestConjoinedSpeechObject(t *testing.T) {
	tests := []struct{ name, lang, text, quote, speaker string }{
		{"Portuguese object before e", "pt",
			"Reações\n\nA comissão atribuiu a Ana Velor 52 % dos votos.\n\nO deputado Ivo Kask, da comissão parlamentar, felicitou Velor e disse que a Norlândia \"continuará a trabalhar com o Governo que os eleitores escolheram\".",
			"continuará", "Ivo Kask"},
		{"Spanish object before y", "es",
			"Reacciones\n\nEl tribunal atribuyó a Ana Velor el 52 % de los votos.\n\nEl diputado Ivo Kask, de la comisión de Exteriores, felicitó a Velor y dijo que Norland «seguirá trabajando con el Gobierno que eligieron los votantes».",
			"seguirá", "Ivo Kask"},
		{"counter: an adverbial with a preposition", "pt",
			"Reações\n\nO deputado Ivo Kask em entrevista disse que \"a Norlândia vai trabalhar com o novo Governo eleito\".",
			"Norlândia", "Ivo Kask"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuoteSpeaker(t, tc.lang, tc.text, tc.quote, tc.speaker) })
	}
}

// TestConjoinedReportedObject: without a quotation, a speech verb after
// "e"/"y" that follows a name ends the first verb's clause: the name is an
// object, not the reported clause's speaker. Sentences written for the
// test.
func TestConjoinedReportedObject(t *testing.T) {
	tests := []struct{ name, lang, text, notSpeaker string }{
		{"pt a vitória a X e lembrou", "pt", "Reações\n\nO candidato Rui Lobo telefonou ao vencedor, Ivo Kask, para o felicitar.\n\nO antigo chefe do Governo falou de irregularidades pontuais, mas aceitou que a contagem dá a vitória a Ivo Kask e lembrou que a batalha que importa é a da pobreza.", "Ivo Kask"},
		{"es felicitó a X y dijo", "es", "Reacciones\n\nLa senadora Lena Dal envió sus felicitaciones a Ivo Kask y dijo contar con él para la cooperación regional.", "Ivo Kask"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range ExtractLang(tc.text, tc.lang) {
				if r.Speaker == tc.notSpeaker {
					t.Errorf("%q is a speaker: %+v", tc.notSpeaker, r)
				}
			}
		})
	}
}
