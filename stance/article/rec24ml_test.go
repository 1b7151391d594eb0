package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRec24mlGerund: an adverbial participle that opens an aside after a
// person who opens a clause is that person's act (rec24ml_gerund.go).
// Sentences written for the test.
func TestRec24mlGerund(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"ru а Y, поздравив …, выразил", "ru", "Депутат Иван Лебедев назвал итоги голосования убедительными, а депутат Олег Рыбин, поздравив победителя, выразил надежду на сотрудничество.",
			[]langRemark{{Action, "Иван Лебедев", "назвал итоги голосования убедительными"}, {Action, "Олег Рыбин", "выразил надежду на сотрудничество"}}},
		{"es y Y, recordando …, pidió", "es", "La diputada Ana Prieto felicitó al ganador, y el senador Luis Mora, recordando su amistad con él, pidió unidad.",
			[]langRemark{{Action, "Ana Prieto", "felicitó al ganador"}, {Action, "Luis Mora", "pidió unidad"}}},
		{"pt mas Y, citando …, pediu", "pt", "O deputado Rui Vilaça saudou o vencedor, mas a senadora Marta Leal, citando irregularidades, pediu a recontagem.",
			[]langRemark{{Action, "Rui Vilaça", "saudou o vencedor"}, {Action, "Marta Leal", "pediu a recontagem"}}},
		// counter-cases: the person before the participle is the object
		{"ru object before the participle", "ru", "Депутат Иван Лебедев поздравил Олега Рыбина, пожелав ему успехов.",
			[]langRemark{{Action, "Иван Лебедев", "поздравил Олега Рыбина, пожелав ему успехов"}}},
		{"es object before the gerund", "es", "El senador Luis Mora felicitó a Ana Prieto, deseándole éxito.",
			[]langRemark{{Action, "Luis Mora", "felicitó a Ana Prieto, deseándole éxito"}}},
	})
}

// TestRec24mlSecondVerb: the second verb of coordinated subjects starts
// its act at the verb, so the first subject keeps the first act
// (rec24ml_second.go).
func TestRec24mlSecondVerb(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"ru A и B поздравили … и выразили", "ru", "Министр Анна Котова и депутат Павел Дронов в совместном заявлении поздравили победителя и выразили готовность к работе.",
			[]langRemark{{Action, "Анна Котова", "в совместном заявлении поздравили победителя"}, {Action, "Павел Дронов", "в совместном заявлении поздравили победителя"}, {Action, "Павел Дронов", "выразили готовность к работе"}}},
		{"es A y B felicitaron … y le desearon", "es", "El canciller Luis Mora y la vicecanciller Ana Prieto felicitaron al ganador y le desearon éxito.",
			[]langRemark{{Action, "Luis Mora", "felicitaron al ganador"}, {Action, "Ana Prieto", "felicitaron al ganador"}, {Action, "Ana Prieto", "desearon éxito"}}},
		// counter-case: one subject keeps one act
		{"es one subject", "es", "El canciller Luis Mora felicitó al ganador y le deseó éxito.",
			[]langRemark{{Action, "Luis Mora", "felicitó al ganador y le deseó éxito"}}},
	})
}

// TestRec24mlSpokeOf: a verb of speaking of a quotation gives the
// quotation to its subject (rec24ml_spokeof.go).
func TestRec24mlSpokeOf(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es habló de “…”", "es", "El diputado Pedro Gil habló de “un mandato rotundo que nadie podrá discutir”.",
			[]langRemark{{Direct, "Pedro Gil", "un mandato rotundo que nadie podrá discutir"}}},
		{"fr a parlé d'« … »", "fr", "Le député Paul Kassa, élu du Nord, a parlé d'« une élection volée par le pouvoir ».",
			[]langRemark{{Direct, "Paul Kassa", "une élection volée par le pouvoir"}}},
		{"pt falou em «…»", "pt", "O deputado Rui Costa falou em «uma vitória de todo o povo».",
			[]langRemark{{Direct, "Rui Costa", "uma vitória de todo o povo"}}},
		{"de sprach von einem „…“", "de", "Der Abgeordnete Karl Brandt sprach von einem „klaren Auftrag der Wähler für die Regierung“.",
			[]langRemark{{Direct, "Karl Brandt", "klaren Auftrag der Wähler für die Regierung"}}},
		{"ru говорил о «…»", "ru", "Депутат Олег Рыбин говорил о «полной победе всего народа».",
			[]langRemark{{Direct, "Олег Рыбин", "полной победе всего народа"}}},
	})
	// counter-case: a topic after a definite article is no quotation of
	// the speaker's
	rec22mlNone(t, "es", "El diputado Pedro Gil habló de la “ley de medios” con los periodistas.", Direct, "")
}

// TestRec24mlWhile: a description between the second person of a
// contrast and their verb, and the verb the first person had taken
// (rec24ml_while.go).
func TestRec24mlWhile(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"fr tandis que Y, description, a salué", "fr", "Le député Paul Sawa a félicité le vainqueur, tandis que le sénateur Jean Tchané, autre soutien du vainqueur, a salué sa victoire.",
			[]langRemark{{Action, "Paul Sawa", "a félicité le vainqueur"}, {Action, "Jean Tchané", "a salué sa victoire"}}},
		{"es mientras que Y, description, celebró", "es", "El senador Luis Gómez felicitó al ganador, mientras que el exministro Juan Peña, aliado del presidente, celebró la victoria.",
			[]langRemark{{Action, "Luis Gómez", "felicitó al ganador"}, {Action, "Juan Peña", "celebró la victoria"}}},
		{"pt ao passo que Y, description, pediu", "pt", "O deputado Rui Vilaça felicitou o vencedor, ao passo que a senadora Marta Leal, líder da bancada, pediu a recontagem.",
			[]langRemark{{Action, "Rui Vilaça", "felicitou o vencedor"}, {Action, "Marta Leal", "pediu a recontagem"}}},
		// the first person does not keep the second person's act
		{"fr first person keeps only their act", "fr", "Le député Paul Sawa a critiqué le vainqueur, tandis que le sénateur Jean Tchané, autre soutien du vainqueur, a salué sa victoire.",
			[]langRemark{{Action, "Paul Sawa", "a critiqué le vainqueur"}, {Action, "Jean Tchané", "a salué sa victoire"}}},
	})
	// counter-case: a vote share after the description is no act
	rec22mlNone(t, "es", "El senador Luis Gómez felicitó al ganador, mientras que el exministro Juan Peña, tercero en la votación, quedó lejos con el 5 %.", Action, "quedó lejos con el 5")
}

// TestRec24mlOfficePrefix: an office word after "sub", "vice" or "ex" is
// an office (lexicon_rec24ml.go, fgr17_roles.go).
func TestRec24mlOfficePrefix(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es pero su subjefe, Y, pidió", "es", "La misión de la OEA elogió la participación, pero su subjefe, el costarricense Rafael Quirós, pidió a la junta concluir el conteo.",
			[]langRemark{{Action, "OEA", "elogió la participación"}, {Action, "Rafael Quirós", "pidió a la junta concluir el conteo"}}},
	})
	for w, want := range map[string]bool{"subjefe": true, "exdiputada": true, "vicecanciller": true, "subsidio": false, "expresión": false} {
		assert.Equal(t, want, spanish.isRole(w), w)
	}
}

// TestRec24mlThrough: a body speaking through an officer with a long
// title (rec24ml_through.go).
func TestRec24mlThrough(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es por medio de su portavoz adjunta para …, X, destacó que “…”", "es", "El Departamento de Estado, por medio de su portavoz adjunta para el hemisferio, Laura Whitfield, destacó que Washington “espera trabajar de cerca con el nuevo gobierno”.",
			[]langRemark{{Direct, "Laura Whitfield", "espera trabajar de cerca con el nuevo gobierno"}}},
		{"es a través de su vocero para …, X, saludó", "es", "El Gobierno chileno, a través de su vocero para asuntos regionales, Pedro Lira, saludó al ganador.",
			[]langRemark{{Action, "Pedro Lira", "saludó al ganador"}}},
		{"es por medio de su portavoz adjunta para …, X, felicitó", "es", "El Departamento de Estado, por medio de su portavoz adjunta para el hemisferio, Laura Whitfield, felicitó al ganador.",
			[]langRemark{{Action, "Laura Whitfield", "felicitó al ganador"}}},
		// counter-case: no name after the title; the body speaks
		{"es no name", "es", "El Gobierno chileno, a través de su vocero para asuntos regionales, saludó al ganador.",
			[]langRemark{{Action, "Gobierno chileno", "saludó al ganador"}}},
	})
}

// TestRec24mlPluralRelative: a relative clause with a plural verb after
// coordinated names is the act of them all (rec24ml_relative.go).
func TestRec24mlPluralRelative(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es A y B, que felicitaron", "es", "El guatemalteco Pedro Morales y el panameño Juan Varela, que felicitaron al presidente electo, pidieron calma.",
			[]langRemark{{Action, "Pedro Morales", "felicitaron al presidente electo"}, {Action, "Juan Varela", "felicitaron al presidente electo"}, {Action, "Pedro Morales", "pidieron calma"}, {Action, "Juan Varela", "pidieron calma"}}},
		{"fr A et B, qui ont félicité", "fr", "Parmi les premiers messages figuraient ceux du président Ibrahim Keïta et du ministre Alpha Sow, qui ont félicité le vainqueur.",
			[]langRemark{{Action, "Ibrahim Keïta", "ont félicité le vainqueur"}, {Action, "Alpha Sow", "ont félicité le vainqueur"}}},
	})
	// counter-case: a singular verb is the last name's act only
	for _, r := range ExtractLang("El senador Pedro Morales y el diputado Juan Varela, que felicitó al presidente electo, pidieron calma.", "es") {
		if r.Speaker == "Pedro Morales" && r.Text == "felicitó al presidente electo" {
			t.Errorf("singular relative verb given to the first name: %q", r.Text)
		}
	}
}
