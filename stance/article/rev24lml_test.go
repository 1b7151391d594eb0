package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestRev24lmlCalledNarrowed: the review's narrowings of calledVerdict.
// A critique, doubt or turnout noun before the result, a rival's
// (claimed) victory, a contrast or congratulation after the scorn give
// none; a victory called a victory of fraud is hostile. The rule still
// fires on the plain constructions (positive cases). Sentences written
// for the test.
func TestRev24lmlCalledNarrowed(t *testing.T) {
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		// the critique or the turnout judged, not the result
		{"de", "nannte die Kritik am Ergebnis eine Schande", verdictNone},
		{"de", "nannte Zweifel am Wahlergebnis gefährlich", verdictNone},
		{"ru", "назвал критику итогов выборов позорной", verdictNone},
		{"ru", "назвал сомнения в итогах опасными", verdictNone},
		{"ru", "назвал явку на выборах печальной", verdictNone},
		{"pt", "classificou críticas ao pleito como vergonhosas", verdictNone},
		// a rival's claimed victory
		{"de", "nannte den angeblichen Sieg von Dal eine Farce", verdictNone},
		{"es", "calificó la supuesta victoria de Dal de vergonzosa", verdictNone},
		{"ru", "назвал так называемую победу Dal фарсом", verdictNone},
		// the scorn turned from in the same text
		{"es", "calificó el resultado de triste para la oposición y felicitó a Kask", verdictNone},
		{"fr", "a jugé le résultat des socialistes désastreux et a félicité Kask", verdictNone},
		{"de", "nannte das Ergebnis für die Liberalen schlecht, bleibt aber gelassen", verdictNone},
		// a victory called a victory of fraud
		{"de", "nannte den Sieg einen Sieg der Manipulation", verdictHostile},
		{"de", "bezeichnete den Sieg als Triumph des Betrugs", verdictHostile},
		{"es", "calificó la victoria de Kask de triunfo del fraude", verdictHostile},
		{"es", "calificó la victoria de claramente fraudulenta", verdictHostile},
		{"fr", "a qualifié la victoire de victoire de la fraude", verdictHostile},
		{"pt", "classificou a vitória como vitória da fraude", verdictHostile},
		{"ru", "назвала победу победой фальсификаций", verdictHostile},
		// the plain constructions still fire
		{"de", "nannte das Ergebnis eine Schande", verdictHostile},
		{"ru", "назвал итоги выборов позорными", verdictHostile},
		{"es", "calificó la victoria de Kask de merecida", verdictRecognising},
		{"fr", "a qualifié la victoire de triomphe de la démocratie", verdictRecognising},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, calledVerdict(lab24mlContext, c.code, c.text), "%s: %s", c.code, c.text)
	}
}

// TestRev24lmlSentenceTurn: the rest of a remark's sentence that turns
// from its scorn (a contrast, a congratulation) is read; another
// sentence is not. Sentences written for the test.
func TestRev24lmlSentenceTurn(t *testing.T) {
	cases := []struct {
		code, text, act string
		want            bool
	}{
		{"de", "Pohl nannte das Ergebnis schlecht, gratulierte aber Kask.", "nannte das Ergebnis schlecht", true},
		{"es", "Mora calificó el resultado de triste y felicitó a Kask.", "calificó el resultado de triste", true},
		{"ru", "Белов назвал итоги печальными, но поздравил Каска.", "назвал итоги печальными", true},
		// near-misses
		{"de", "Pohl nannte das Ergebnis schlecht. Kask gratulierte er nicht.", "nannte das Ergebnis schlecht", false},
		{"fr", "Roux a qualifié le scrutin de désastre pour le pays.", "a qualifié le scrutin de désastre", false},
	}
	for _, c := range cases {
		start := strings.Index(c.text, c.act)
		if start < 0 {
			t.Fatalf("%q not in %q", c.act, c.text)
		}
		rm := Remark{Start: start, End: start + len(c.act)}
		assert.Equal(t, c.want, rev24lmlSentenceTurn(c.code, c.text, rm), "%s: %s", c.code, c.text)
	}
}

// TestRev24lmlMockNarrowed: a verb of mocking in a clause after the
// attribution's own ("…, sagte die Ministerin, während die Opposition
// spottete") or aimed at accusations or claims ("spottete über die
// Vorwürfe") does not make the remark mockery; the attribution's own
// verb of mocking, before or after the quotation, still does. Sentences
// written for the test.
func TestRev24lmlMockNarrowed(t *testing.T) {
	checkMocked(t, []mockCase{
		{"de", "„Wir gratulieren Kask“, sagte die Ministerin Nina Berg, während die Opposition spottete.", false},
		{"es", "«Felicitamos a Kask», dijo la canciller Elena Ríos, mientras la oposición ironizaba.", false},
		{"fr", "« Nous félicitons Kask », a déclaré la ministre Julie Petit, alors que l'opposition ironisait.", false},
		{"ru", "«Мы поздравляем Каска», — сказал министр Пётр Зуев, пока оппозиция иронизировала.", false},
		{"de", "„Wer verliert, sieht überall Betrug“, spottete der Sprecher Tim Hahn über die Vorwürfe der Opposition.", false},
		{"es", "«Siempre hay fraude cuando pierden», ironizó el ministro Raúl Soto sobre las acusaciones de la oposición.", false},
		// the attribution's own verb of mocking still counts
		{"de", "„Glückwunsch zu diesem Triumph“, spottete die Abgeordnete Miriam Kohl, und lachte.", true},
		{"de", "Der Parteichef Jonas Weber höhnte, Kask habe das „schlechteste Ergebnis aller Zeiten“ erzielt.", true},
		{"es", "«Felicidades por ganar sin rivales», ironizó el diputado Raúl Soto.", true},
	})
}

// TestRev24lmlMockActClaims: an act that mocks accusations is not
// hostile by rule; an act that mocks the winner's result is. Sentences
// written for the test.
func TestRev24lmlMockActClaims(t *testing.T) {
	m, err := stance.DefaultLanguage("fr")
	if err != nil {
		t.Fatal(err)
	}
	r := Reader{Classifier: m, Lang: "fr", Context: lab24mlContext}
	res := r.Analyze("Le Premier ministre Louis Caron a raillé les accusations de fraude lancées par Dal.")
	for _, rm := range res.Remarks {
		assert.False(t, rm.ByVerb && rm.Prediction.Label == corpus.Hostile, "%+v", rm)
	}
	res = r.Analyze("Le sénateur Alain Faye a raillé la victoire de Kask, « obtenue sans adversaire ».")
	hostile := false
	for _, rm := range res.Remarks {
		hostile = hostile || rm.ByVerb && rm.Prediction.Label == corpus.Hostile
	}
	assert.True(t, hostile, "%+v", res.Remarks)
}

// TestRev24lmlMocksClaims: a verb of mocking that opens an act and is
// followed by a claim noun and a word of fraud mocks the losers' claims
// (recognising by rule 14); mocking the result, a claim without fraud or
// a negated one is not. Sentences written for the test.
func TestRev24lmlMocksClaims(t *testing.T) {
	cases := []struct {
		code, act string
		want      bool
	}{
		{"de", "verspottete die Betrugsvorwürfe der Opposition", true},
		{"es", "se burló de las denuncias de fraude de la oposición", true},
		{"fr", "a raillé les accusations de fraude lancées par l'opposition", true},
		{"pt", "ironizou as denúncias de fraude da oposição", true},
		{"ru", "высмеял заявления оппозиции о фальсификациях", true},
		// near-misses
		{"de", "verspottete den Wahlsieg der Regierungspartei", false},
		{"fr", "a raillé les accusations de la ministre contre la presse", false},
		{"es", "ironizó sobre el fraude del oficialismo", false},
		{"de", "verspottete nicht die Betrugsvorwürfe", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, rev24lmlMocksClaims(c.code, actionWords(c.act), 2), "%s: %s", c.code, c.act)
	}
}

// TestRev24lmlMockClaimsRun: an act mocking claims of fraud is
// recognising by rule. Sentence written for the test.
func TestRev24lmlMockClaimsRun(t *testing.T) {
	m, err := stance.DefaultLanguage("ru")
	if err != nil {
		t.Fatal(err)
	}
	r := Reader{Classifier: m, Lang: "ru", Context: lab24mlContext}
	res := r.Analyze("Премьер Андрей Жуков высмеял заявления оппозиции о фальсификациях.")
	found := false
	for _, rm := range res.Remarks {
		found = found || rm.ByVerb && rm.Prediction.Label == corpus.Recognising
	}
	assert.True(t, found, "%+v", res.Remarks)
}
