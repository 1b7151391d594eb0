package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestExtractLangPerfect: a stance verb in a compound tense is read as
// its simple form; the same participle after "fue"/"foi" is a passive,
// no act of the sentence's subject. Sentences written for the test.
func TestExtractLangPerfect(t *testing.T) {
	runLangCases(t, []langCase{
		{"es pluperfect concession", "es", "La candidata Lena Dal había admitido su derrota la misma noche.",
			[]langRemark{{Action, "Lena Dal", "había admitido su derrota la misma noche"}}},
		{"es perfect with an adverb", "es", "El senador Ivo Kask había ya aceptado el resultado.",
			[]langRemark{{Action, "Ivo Kask", "había ya aceptado el resultado"}}},
		{"pt pluperfect", "pt", "O candidato Ivo Kask tinha aceitado o resultado na véspera.",
			[]langRemark{{Action, "Ivo Kask", "tinha aceitado o resultado na véspera"}}},
		{"es irregular participle", "es", "El candidato Luis Parra había advertido que no reconocería el resultado.",
			[]langRemark{{Reported, "Luis Parra", "no reconocería el resultado"}}},
		{"es irregular participle of an act", "es", "El candidato Luis Parra había pedido un recuento de los votos.",
			[]langRemark{{Action, "Luis Parra", "había pedido un recuento de los votos"}}},
		// counter-cases: a passive after "fue"/"foi", and a participle
		// with no auxiliary, are no act
		// review probes: a verb of making known in a compound tense, and
		// the same participle with an object of no saying
		{"es había hecho saber que", "es", "El ministro Tomas Berg había hecho saber que no reconocería el resultado.",
			[]langRemark{{Reported, "Tomas Berg", "saber que no reconocería el resultado"}}}, // as "hizo saber que" is read
		{"pt tinha deixado claro que", "pt", "O ministro Tomas Berg tinha deixado claro que não reconheceria o resultado.",
			[]langRemark{{Reported, "Tomas Berg", "não reconheceria o resultado"}}},
		{"es ha hecho una fortuna", "es", "El empresario Pablo Ruiz ha hecho una fortuna con el petróleo.", nil},
		{"es passive", "es", "El recurso de Lena Dal fue aceptado por el tribunal.", nil},
		{"pt passive", "pt", "O recurso de Ivo Kask foi aceitado pelo tribunal.", nil},
		{"es bare participle", "es", "Lena Dal, aceptado el resultado, viajó a Velor.", nil},
		{"es noun like an irregular participle", "es", "El pedido de recuento de Lena Dal fue rechazado.", nil},
	})
}

// TestIntlPerfectVerdict: a concession or a rejection in a compound tense
// is read as in the simple one.
func TestIntlPerfectVerdict(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Velor"}, Rivals: []string{"Kask"}}
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"es", "había admitido su derrota la misma noche", verdictRecognising},
		{"pt", "tinha admitido a derrota", verdictRecognising},
		// counter-case: admitting anything but a defeat
		{"es", "había admitido errores en la campaña", verdictNone},
	}
	for _, c := range cases {
		t.Run(c.code+" "+c.text, func(t *testing.T) {
			assert.Equal(t, c.want, lexicons[c.code].actionVerdict(ctx, c.text))
		})
	}
	for _, c := range []struct {
		code, text string
		want       bool
	}{
		{"es", "había rechazado los resultados", true},
		{"pt", "tinha rejeitado o resultado", true},
		{"es", "había rechazado las acusaciones de fraude", false},
	} {
		t.Run("rejected "+c.text, func(t *testing.T) {
			assert.Equal(t, c.want, rejectedAct(ctx, c.code, c.text))
		})
	}
}
