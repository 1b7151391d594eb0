package article

import "testing"

// TestRec29mlFrenchAddressee: French skips whom a remark was said to
// between an inverted speech verb and its subject, as Spanish and
// Portuguese do ("», a déclaré à la presse X"), and "m'a" is an
// auxiliary ("X m'a confié que …"). Sentences written for the test.
func TestRec29mlFrenchAddressee(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr a déclaré à la presse X, qui …", "fr", "Ivo Kask a félicité Velor. « Nous attendrons le décompte officiel », a déclaré à la presse Lena Dal, qui dirigeait la mission.",
			[]langRemark{{Action, "Ivo Kask", "a félicité Velor"}, {Direct, "Lena Dal", "Nous attendrons le décompte officiel"}}},
		{"fr a indiqué aux journalistes le ministre X", "fr", "Ivo Kask a félicité Velor. « Nous attendrons le décompte officiel », a indiqué aux journalistes le ministre Rui Lobo.",
			[]langRemark{{Action, "Ivo Kask", "a félicité Velor"}, {Direct, "Rui Lobo", "Nous attendrons le décompte officiel"}}},
		{"fr X m'a confié que", "fr", "Un diplomate en poste, Lena Dal, m'a confié que son pays attendra le décompte officiel.",
			[]langRemark{{Reported, "Lena Dal", "son pays attendra le décompte officiel"}}},
		// counter-cases: a time after the addressee; an addressee who is a
		// person with an office (French drops no subject: no speaker, not the addressee)
		{"fr a dit aux journalistes lundi", "fr", "Ivo Kask a félicité Velor. « Nous attendrons le décompte officiel », a dit aux journalistes lundi.",
			[]langRemark{{Action, "Ivo Kask", "a félicité Velor"}, {Direct, "", "Nous attendrons le décompte officiel"}}},
		{"fr a dit à la présidente X", "fr", "Ivo Kask a félicité Velor. « Nous attendrons le décompte officiel », a dit à la présidente Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "a félicité Velor"}, {Direct, "", "Nous attendrons le décompte officiel"}}},
	})
}
