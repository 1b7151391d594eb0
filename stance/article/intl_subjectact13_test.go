package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestExtractLangSubjectAct: a sentence with no remark whose subject is a
// named person, followed by a verb no list knows and a word of the
// election, is that person's act (intl_subjectact13.go). Sentences written
// for the test.
func TestExtractLangSubjectAct(t *testing.T) {
	runLangCases(t, []langCase{
		{"de present tense after a relative clause", "de", "Der Abgeordnete Ivo Kask, der auf sechs Prozent kam, nennt das Ergebnis manipuliert.",
			[]langRemark{{Action, "Ivo Kask", "nennt das Ergebnis manipuliert"}}},
		{"de an unlisted verb of refraining", "de", "Velors Kanzlerin Lena Dal verzichtete vorerst auf eine offizielle Gratulation.",
			[]langRemark{{Action, "Lena Dal", "verzichtete vorerst auf eine offizielle Gratulation"}}},
		{"pt an evaluative verb after an apposition", "pt", "O deputado Ivo Kask, da missão de observação, considerou as eleições transparentes.",
			[]langRemark{{Action, "Ivo Kask", "considerou as eleições transparentes"}}},
		{"fr a decimal comma inside the aside", "fr", "Le candidat Ivo Kask, crédité de 38,2 %, évoque une élection volée.",
			[]langRemark{{Action, "Ivo Kask", "évoque une élection volée"}}},
		// counter-cases: no word of the election; a negation; a subject
		// that is no named person; a listed verb left by the reader
		{"no word of the election", "de", "Der Abgeordnete Ivo Kask, der auf sechs Prozent kam, baut eine Fabrik in Tarn.", nil},
		{"a negation", "ru", "Президент Велории Иван Касков итоги выборов пока никак не комментировал.", nil},
		{"a passive", "pt", "A senadora Lena Dal foi exortada pelo partido a aceitar o resultado.", nil},
		// a plural common noun: no person, a group (ml32_group.go)
		{"a plural common noun subject", "pt", "Os observadores consideraram as eleições transparentes.",
			[]langRemark{{Action, "observadores", "consideraram as eleições transparentes"}}},
		// a word that opens with a stem of judgement and judges nothing
		// (judgementExceptions): a day, freedom, adverbs, a place
		{"a Friday is no free vote", "de", "Der Oppositionsführer Ivo Kask reiste am Freitag nach Velor.", nil},
		{"freedom of the press", "de", "Der Abgeordnete Ivo Kask kämpft seit Jahren für die Freiheit der Presse.", nil},
		{"an adverb of frequency", "fr", "Le ministre Ivo Kask rencontre régulièrement Lena Dal à Velor.", nil},
		{"an adverb of manner", "es", "Ivo Kask viajó justamente el viernes a Velor.", nil},
		{"released from prison", "ru", "Лидер оппозиции Иво Каск вышел на свободу в четверг.", nil},
		// a passive: the subject is acted on (passiveVerb)
		{"es passive", "es", "El opositor Ivo Kask fue acusado de fraude electoral por la fiscalía.", nil},
		{"pt passive", "pt", "O opositor Ivo Kask foi acusado de fraude eleitoral pelo Ministério Público.", nil},
		{"de passive", "de", "Der Abgeordnete Ivo Kask wurde wegen Wahlbetrugs angeklagt.", nil},
		{"ru passive", "ru", "Оппозиционер Иво Каск был обвинён прокуратурой в фальсификации выборов.", nil},
		// a word of judgement about something other than the vote
		// (aboutVote)
		{"a free contract", "fr", "Le footballeur Ivo Kask a signé un contrat libre de toute clause avec le club de Velor.", nil},
		{"a fair selection", "de", "Der Trainer Ivo Kask lobt die faire Auswahl der Spieler.", nil},
		{"fair play", "de", "Der Fußballtrainer Ivo Kask lobt die faire Spielweise seiner Mannschaft.", nil},
		{"a record about banks' fraud", "es", "El cantante Ivo Kask presentó un disco sobre el fraude de los bancos.", nil},
		{"freedom of speech", "ru", "Художник Иво Каск представил выставку о свободе слова и честности.", nil},
		// a German object that opens the sentence (obliqueOpening)
		{"de an object first", "de", "Den Wahlsieger Ivo Kask beschuldigte die Opposition der Manipulation.", nil},
		// review probes: a relative clause with a subject of its own
		{"pt an object relative", "pt", "A senadora Lena Dal leu uma carta que o eleitor Rui Mota escreveu ao jornal denunciando fraude.", nil},
		{"es the judging word after a semicolon", "es", "Lena Dal llegó a la sede del partido cuando los votantes ya se iban; ellos dijeron que el fraude era evidente.", nil},
		{"es an object relative", "es", "La senadora Lena Dal leyó una carta que el votante Pablo Ruiz escribió denunciando fraude.", nil},
		{"a speech verb the reader read and left", "de", "Der Publizist Ivo Kask erklärte den Stimmenzuwachs mit der Sehnsucht nach Ruhe nach der Wahl.", nil},
	})
}

// TestGermanRefraining: "verzichtete auf eine Gratulation" is a refusal
// to recognise (the model then tells withholding from hostile), as
// "weigerte sich, … zu gratulieren" is, and withholding when put off
// ("vorerst"); counter-case: refraining from something else judges
// nothing.
func TestGermanRefraining(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask"}, Rivals: []string{"Lena Dal"}}
	de := lexicons["de"]
	assert.Equal(t, verdictNotRecognising, de.actionVerdict(ctx, "verzichtete auf eine offizielle Gratulation"))
	// "vorerst" puts it off: withholding (the delays of lexicon_de.go)
	assert.Equal(t, verdictWithholding, de.actionVerdict(ctx, "verzichtete vorerst auf eine offizielle Gratulation"))
	assert.Equal(t, verdictNotRecognising, de.actionVerdict(ctx, "vermied es, Kask zu gratulieren"))
	assert.Equal(t, verdictNone, de.actionVerdict(ctx, "verzichtete auf eine Reise nach Tarn"))
}
