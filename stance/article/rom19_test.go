package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestRom19SpeechVerbs: "resumió", "resumiu" and "relève" after a
// quotation attribute it to the person after them. Sentences written for
// the test.
func TestRom19SpeechVerbs(t *testing.T) {
	tests := []struct{ lang, text, quote, speaker string }{
		{"es", "«Primero el recuento, después las felicitaciones», resumió el canciller Ivo Kask.", "Primero el recuento", "Ivo Kask"},
		{"pt", "“Primeiro ouvir, depois decidir”, resumiu o presidente Ivo Kask.", "Primeiro ouvir", "Ivo Kask"},
		{"fr", "« Les chiffres sont sans appel », relève le ministre Ivo Kask.", "Les chiffres", "Ivo Kask"},
		{"es", "«Es pronto para felicitar a nadie», sintetizó la diputada Lena Dal.", "Es pronto", "Lena Dal"},
	}
	for _, tc := range tests {
		checkQuoteSpeaker(t, tc.lang, tc.text, tc.quote, tc.speaker)
	}
	// counter-case: "note" as a noun opens no attribution
	for _, r := range ExtractLang("La note de Ivo Kask sur la Lune circule.", "fr") {
		if r.Kind == Direct || r.Kind == Reported {
			t.Errorf("a note read as speech: %+v", r)
		}
	}
}

// TestRom19Commentators: a pollster (and a trucker in a vox pop) is
// described as one who comments or holds no office; a deputy is not.
// Sentences written for the test.
func TestRom19Commentators(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}}
	tests := []struct {
		lang, text, speaker string
		off                 bool
	}{
		{"fr", "« Les reports de voix ont joué comme prévu », explique la sondeuse Lena Dal.", "Lena Dal", true},
		{"es", "En la fila, el transportista Ivo Kask resumió su deseo: poder cargar combustible sin esperar.", "Ivo Kask", true},
		{"pt", "« Os juros mal se mexeram », disse o camionista Ivo Kask.", "Ivo Kask", true},
		// counter-case: a deputy holds an office
		{"fr", "« Les reports de voix ont joué comme prévu », explique la députée Lena Dal.", "Lena Dal", false},
	}
	for _, tc := range tests {
		lx := lexicons[tc.lang]
		rs := ExtractLang(tc.text, tc.lang)
		off := lx.commentatorSpeakers(tc.text, rs)[tc.speaker] || lx.offTopicSpeakers(ctx, tc.text, rs)[tc.speaker]
		if off != tc.off {
			t.Errorf("%s: %s off the result %v, want %v (remarks %+v)", tc.text, tc.speaker, off, tc.off, rs)
		}
	}
}

// TestRom19NotingFirstPerson: "Nous prenons acte" of the result takes
// note as "a pris acte" does; of a resignation it does not. Sentences
// written for the test.
func TestRom19NotingFirstPerson(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}}
	checkNotingRuns(t, ctx, []struct {
		code, text string
		noted      bool
	}{
		{"fr", "Nous prenons acte de la proclamation des résultats. Nous jugerons sur pièces.", true},
		{"fr", "Nous avons pris acte du verdict de la Cour.", true},
		{"fr", "Nous prenons acte de la démission du ministre.", false},
	})
}

// TestRom19Give: "dar" with congratulations is an act, alone or joined
// to another speaker's act; "dar" with anything else is not. Sentences
// written for the test.
func TestRom19Give(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt deu os parabéns", "pt", "O ministro Ivo Kask deu os parabéns a Ana Lima.",
			[]langRemark{{Action, "Ivo Kask", "deu os parabéns a Ana Lima"}}},
		{"pt e Y também lhe deu os parabéns", "pt", "A ministra Lena Dal felicitou Ana Lima, e o presidente do Senado, Ivo Kask, também lhe deu os parabéns.",
			[]langRemark{{Action, "Lena Dal", "felicitou Ana Lima"}, {Action, "Ivo Kask", "também lhe deu os parabéns"}}},
		{"es y Y le dio la enhorabuena", "es", "La ministra Lena Dal felicitó a Ana Lima, y el presidente del Senado, Ivo Kask, le dio la enhorabuena.",
			[]langRemark{{Action, "Lena Dal", "felicitó a Ana Lima"}, {Action, "Ivo Kask", "le dio la enhorabuena"}}},
		{"es le dio sus más sinceras felicitaciones", "es", "El canciller Ivo Kask le dio sus más sinceras felicitaciones a Ana Lima.",
			[]langRemark{{Action, "Ivo Kask", "le dio sus más sinceras felicitaciones a Ana Lima"}}},
		// counter-cases: "dar" with no congratulation
		{"pt deu uma entrevista", "pt", "O presidente Ivo Kask deu uma entrevista à rádio.", nil},
		{"es le dio la victoria", "es", "El conteo final le dio la victoria a Ana Lima.", nil},
	})
}

// TestRom19AccusesWinner: accusing the winner (by name or as the
// winner) of anything is hostile; accusing others, or the winner's
// followers, is left to the models, and a denied accusation is not read.
// Sentences written for the test.
func TestRom19AccusesWinner(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}}
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"es", "acusó a Lima de «mentir al país»", verdictHostile},
		{"es", "acusó a la ganadora de haber comprado votos", verdictHostile},
		{"pt", "acusou Ana Lima de", verdictHostile},
		{"pt", "acusou o vencedor de mentir aos eleitores", verdictHostile},
		{"fr", "a accusé Ana Lima d’être « la candidate de Bruxelles »", verdictHostile},
		{"fr", "a accusé le vainqueur de vouloir museler la presse", verdictHostile},
		// counter-cases: another accused, the winner's followers, a denial
		{"es", "acusó a la oposición de sembrar dudas", verdictNone},
		{"es", "acusó a los partidarios de Lima de provocar disturbios", verdictNone},
		{"pt", "acusou os apoiantes da vencedora de violência", verdictNone},
		{"fr", "n'a pas accusé Ana Lima de fraude", verdictNone},
	}
	for _, c := range cases {
		if got := lexicons[c.code].actionVerdict(ctx, c.text); got != c.want {
			t.Errorf("%s: verdict %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRom19FrenchPluperfect: "n'avait pas réagi lundi soir" is a
// silence told at the time of writing, an act of withholding as "no
// había reaccionado" is; "a réagi lundi soir" is no silence. Sentences
// written for the test.
func TestRom19FrenchPluperfect(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr n'avait pas réagi", "fr", "Le ministre Ivo Kask n'avait pas réagi lundi soir.",
			[]langRemark{{Action, "Ivo Kask", "n'avait pas réagi lundi soir"}}},
		{"fr X, lui, n'avait pas réagi", "fr", "Le ministre Lena Dal a salué le scrutin. Ivo Kask, lui, n'avait pas réagi mardi.",
			[]langRemark{{Action, "Lena Dal", "a salué le scrutin"}, {Action, "Ivo Kask", "n'avait pas réagi mardi"}}},
		// counter-case: a reaction, not a silence
		{"fr a réagi", "fr", "Le ministre Ivo Kask a réagi lundi soir.", nil},
	})
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}}
	if got := lexicons["fr"].actionVerdict(ctx, "n'avait pas félicité Ana Lima mardi"); got != verdictWithholding {
		t.Errorf("n'avait pas félicité: verdict %v, want withholding", got)
	}
}

// TestRom19ReportedRefusal: a reported clause that rejects or refuses the
// vote or its figures is hostile; one that refuses something else is not
// read. Sentences written for the test.
func TestRom19ReportedRefusal(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"qu'il refusait ces chiffres, contraires au verdict des urnes", true},
		{"qu'elle rejetait les résultats provisoires", true},
		{"que le parti condamnait le scrutin", true},
		{"qu'il refusait la proposition du gouvernement", false},
		{"qu'il refusait de commenter le scrutin", false},
		{"le parti refusait ces chiffres", false}, // no "that"-clause nor pronoun opens it
	}
	for _, c := range cases {
		if got := lexicons["fr"].reportedCondemnation(c.text); got != c.want {
			t.Errorf("%s: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRom19Conveyed: congratulations conveyed "of" a named leader are
// that leader's act; of a people or of one's own government they stay
// the sender's. Sentences written for the test.
func TestRom19Conveyed(t *testing.T) {
	runLangCases(t, []langCase{
		{"es transmitió la felicitación del Gobierno de X", "es", "Velor, a través de un comunicado, transmitió la felicitación del Gobierno de Ivo Kask a Ana Lima.",
			[]langRemark{{Action, "Ivo Kask", "transmitió la felicitación del Gobierno de Ivo Kask a Ana Lima"}}},
		{"pt transmitiu os parabéns do presidente X", "pt", "O embaixador transmitiu os parabéns do presidente Ivo Kask à vencedora.",
			[]langRemark{{Action, "Ivo Kask", "transmitiu os parabéns do presidente Ivo Kask à vencedora"}}},
		{"fr a transmis les félicitations de X", "fr", "L'ambassadeur a transmis les félicitations de Ivo Kask à Ana Lima.",
			[]langRemark{{Action, "Ivo Kask", "transmis les félicitations de Ivo Kask à Ana Lima"}}},
		// counter-cases: the congratulation of a people or of one's own government
		{"es la felicitación del pueblo", "es", "El ministro Ivo Kask transmitió la felicitación del pueblo velorio a Ana Lima.",
			[]langRemark{{Action, "Ivo Kask", "transmitió la felicitación del pueblo velorio a Ana Lima"}}},
		{"fr de son gouvernement", "fr", "Le ministre Ivo Kask a transmis les félicitations de son gouvernement à Ana Lima.",
			[]langRemark{{Action, "Ivo Kask", "a transmis les félicitations de son gouvernement à Ana Lima"}}},
	})
}

// TestRom19PreDecided: a result, vote or ruling written or decided in
// advance (or already written) is condemned; one already known, or one
// denied to be written in advance, is not. Sentences written for the test.
func TestRom19PreDecided(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"fr", "nous n'allions pas servir de décor à un arrêt déjà rédigé", true},
		{"fr", "Ce résultat était écrit d’avance", true},
		{"es", "El fallo estaba escrito de antemano", true},
		{"pt", "O resultado foi decidido de antemão", true},
		{"fr", "le verdict était connu à l'avance", true},
		// counter-cases: known already, denied, or no result named
		{"fr", "Le résultat était déjà connu dimanche soir", false},
		{"es", "El resultado no estaba escrito de antemano", false},
		{"pt", "O discurso foi escrito de antemão pela equipa", false},
	}
	for _, c := range cases {
		if got := romPreDecided(c.code, c.text); got != c.want {
			t.Errorf("%s: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRom19TailorMade: a ruling or result "tailor-made" is condemned as
// one written in advance; a suit made to measure is not. Sentences
// written for the test.
func TestRom19TailorMade(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"fr", "a parlé d'un arrêt « cousu sur mesure » pour le président sortant", true},
		{"es", "un fallo hecho a la medida del oficialismo", true},
		{"pt", "um acórdão feito à medida do governo", true},
		{"es", "un traje hecho a la medida para la investidura", false},
	}
	for _, c := range cases {
		if got := romPreDecided(c.code, c.text); got != c.want {
			t.Errorf("%s: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRom19Sham: the vote called a show ("teatro", "cirque",
// "pantomima") is condemned; a theatre or a circus with no vote near is
// not. Sentences written for the test.
func TestRom19Sham(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"pt", "voltou a classificar o escrutínio como teatro político", true},
		{"es", "calificó la elección de pantomima", true},
		{"fr", "a qualifié le scrutin de cirque", true},
		{"pt", "o pleito não passou de uma comédia", true},
		// counter-cases: places and shows with no vote near
		{"es", "habló ante sus seguidores en el Teatro Municipal de la capital", false},
		{"fr", "a passé la soirée au cirque avec ses enfants", false},
	}
	for _, c := range cases {
		if got := condemnsIn(c.code, c.text); got != c.want {
			t.Errorf("%s: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRom19PraisedFairVote: praise of a vote called free, clean or
// transparent recognises; praise of a calm day, or a fairness asked for
// rather than praised, is not read. Sentences written for the test.
func TestRom19PraisedFairVote(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "elogió unos comicios pacíficos y transparentes y pidió diálogo", true},
		{"pt", "elogiou um pleito livre e justo", true},
		{"fr", "a salué un scrutin transparent et crédible", true},
		// counter-cases: calm without fairness; fairness demanded
		{"es", "saludó la jornada pacífica", false},
		{"es", "elogió el proceso aunque pidió que sea transparente", false},
		{"pt", "criticou um pleito pouco transparente", false},
	}
	for _, c := range cases {
		if got := romPraisedFairVote(c.code, c.text); got != c.want {
			t.Errorf("%s: %v, want %v", c.text, got, c.want)
		}
	}
}
