package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBlockFurniture: after the headline, a paragraph that ends no sentence
// (a byline, a time stamp, "ADVERTISEMENT", a photo credit) is furniture; a
// paragraph that ends one is not, and the headline never is.
func TestBlockFurniture(t *testing.T) {
	text := "Velor leader rejects Norland vote\n\nBy Mara Quill | Updated 3:45 PM ET, November 10\n\n" +
		"ADVERTISEMENT\n\nOSLAND (AP) — Velor's President Ivo Kask said he would wait.\n\n" +
		"Image: supporters in Norby (Photo: Jon Berg)\n\n\"We wait,\" Kask said."
	var got []bool
	for _, b := range splitBlocks(text) {
		got = append(got, b.furniture)
	}
	assert.Equal(t, []bool{false, true, true, false, true, false}, got)
}

// TestHeadlineLinkAcrossFurniture: a headline's office ("Velor leader")
// is tied to the first named speaker of the lead even when a byline and
// web-page furniture stand between them, in English and in the other
// languages. Sentences written for the test.
func TestHeadlineLinkAcrossFurniture(t *testing.T) {
	cases := []struct {
		name, lang, text string
	}{
		{"en byline", "", "Velor leader rejects Norland vote\n\nBy Mara Quill | Updated 3:45 PM ET, November 10\n\nADVERTISEMENT\n\n" +
			"OSLAND (AP) — Velor's President Ivo Kask said on Tuesday he would not recognise Lena Dal as president-elect until the courts had ruled.",
		},
		// Before, the byline's author became the headline's speaker.
		{"es byline", "es", "El presidente de Velor no reconoce la victoria de Dal\n\nPor Mara Quill | Actualizado el 10 de noviembre\n\nPUBLICIDAD\n\n" +
			"El presidente de Velor, Ivo Kask, afirmó este martes que no reconocerá a Lena Dal hasta que los tribunales se pronuncien.",
		},
	}
	for _, c := range cases {
		var rs []Remark
		if c.lang == "" {
			rs = Extract(c.text)
		} else {
			rs = ExtractLang(c.text, c.lang)
		}
		var headline []string
		for _, r := range rs {
			if r.Headline {
				headline = append(headline, r.Speaker)
			}
		}
		if assert.NotEmpty(t, headline, c.name) {
			assert.Equal(t, "Ivo Kask", headline[0], c.name)
		}
	}
	// Counter-case: furniture alone never becomes the lead, so an office in
	// the headline stays unnamed when no paragraph ends a sentence.
	rs := Extract("Velor leader rejects Norland vote\n\nBy Mara Quill\n\nIvo Kask, Velor's President")
	for _, r := range rs {
		if r.Headline {
			assert.Equal(t, "Velor leader", r.Speaker)
		}
	}
}
