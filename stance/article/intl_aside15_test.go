package article

import (
	"strings"
	"testing"
)

// TestSubjectAside: the subject before an aside between commas and its
// verb, in the other languages. Sentences written for the test.
func TestSubjectAside(t *testing.T) {
	tests := []struct{ name, lang, text, speaker string }{
		{"a Russian adverbial participle", "ru",
			"Реакция\n\nЗампред партии Иван Каск, выступая перед журналистами, заявил, что коммунисты не признают результаты.", "Иван Каск"},
		{"a Russian participle before an act", "ru",
			"Реакция\n\nДепутат Иван Каск, выступая в Думе, назвал выборы фарсом.", "Иван Каск"},
		{"a Spanish relative clause", "es",
			"Reacciones\n\nEl canciller Ivo Kask, que habló con periodistas en la capital, dijo que el recuento fue limpio.", "Ivo Kask"},
		{"a Spanish description", "es",
			"Reacciones\n\nLena Dal, segunda en las elecciones del domingo, rechazó el cómputo final.", "Lena Dal"},
		{"a Portuguese gerund", "pt",
			"Reações\n\nO ministro Ivo Kask, falando aos jornalistas, disse que a votação foi livre.", "Ivo Kask"},
		{"a long Portuguese relative clause", "pt",
			"Reações\n\nO deputado Ivo Kask, que preside ao grupo parlamentar de amizade com a Norlândia e a Velória, felicitou o vencedor pela eleição.", "Ivo Kask"},
		{"a long Spanish relative clause", "es",
			"Reacciones\n\nLa senadora Lena Dal, que encabezó la delegación de observadores enviada a Norland y a la vecina Velor, dijo que el recuento fue limpio.", "Lena Dal"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := ExtractLang(tc.text, tc.lang)
			if len(rs) != 1 || rs[0].Speaker != tc.speaker {
				t.Errorf("got %+v, want one remark of %q", rs, tc.speaker)
			}
		})
	}
	// counter-case: a name after a preposition is no subject.
	counter := []struct{ name, lang, text, notSpeaker string }{
		{"a name after a preposition", "es",
			"Reacciones\n\nEl aspirante del Movimiento Progresista, sin embargo, anunció que no aceptará el resultado.", "Movimiento Progresista"},
		{"a long description is no aside", "es",
			"Reacciones\n\nEn la capital, donde la participación fue la más baja de la historia reciente de Norland, el presidente Ivo Kask dijo que el recuento fue limpio.", "Norland"},
	}
	for _, tc := range counter {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range ExtractLang(tc.text, tc.lang) {
				if r.Speaker == tc.notSpeaker {
					t.Errorf("%q is a speaker: %+v", tc.notSpeaker, r)
				}
			}
		})
	}
}

// TestLongAsideCounter: a long relative clause after an office alone, or
// after a name inside another apposition, gives the main verb no subject.
// Sentences written for the test.
func TestLongAsideCounter(t *testing.T) {
	tests := []struct{ name, lang, text, notSpeaker, clause string }{
		{"a name inside an apposition", "fr",
			"Réactions\n\nIvo Kask, président de l'alliance Norland Verte, qui avait demandé aux ambassades de ne pas reconnaître l'issue du vote, estime que le scrutin est truqué.", "Norland Verte", "truqué"},
		{"an office alone", "pt",
			"Reações\n\nO também antigo chefe do Governo, que falha pela terceira vez a eleição para a chefia do Estado, defendeu que a escolha dos eleitores tem de ser acatada.", "também antigo chefe do Governo", "acatada"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range ExtractLang(tc.text, tc.lang) {
				if r.Speaker == tc.notSpeaker && strings.Contains(r.Text, tc.clause) {
					t.Errorf("%q is the main clause's speaker: %+v", tc.notSpeaker, r)
				}
			}
		})
	}
}
