package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// rec25mlCase is a sentence or two written for the tests, the speaker
// whose remark of the kind must be found (want), and a speaker no remark
// may have (not; "" for none).
type rec25mlCase struct {
	name, code, text string
	kind             Kind
	want, not        string
}

// rec25mlRun checks each case: with want set, some remark of the kind is
// the speaker's; with want empty, no remark of the kind has a speaker.
// No remark is ever not's.
func rec25mlRun(t *testing.T, cases []rec25mlCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var speakers []string
			for _, r := range ExtractLang(c.text, c.code) {
				if r.Kind == c.kind {
					speakers = append(speakers, r.Speaker)
				}
				if c.not != "" {
					assert.NotEqual(t, c.not, r.Speaker, r.Text)
				}
			}
			if c.want != "" {
				assert.Contains(t, speakers, c.want)
			} else {
				for _, s := range speakers {
					assert.Empty(t, s)
				}
			}
		})
	}
}

// TestRec25mlTitledTail: an office after a speech verb and, after a
// comma, the same person described with an office of their own and named
// to the end of the clause (rec25ml_tail.go).
func TestRec25mlTitledTail(t *testing.T) {
	rec25mlRun(t, []rec25mlCase{
		{"fr sa cheffe, l'ancienne ministre X", "fr", "« Les insuffisances ne remettent pas en cause la victoire », a estimé sa cheffe, l'ancienne ministre togolaise Awa Kpodar.", Direct, "Awa Kpodar", "cheffe"},
		{"fr son chef, le diplomate X", "fr", "« Nous saluons la victoire du président », a affirmé son chef, le diplomate Henri Mba.", Direct, "Henri Mba", "chef"},
		{"es su jefa, la exministra X", "es", "«Las irregularidades no alteran el resultado», afirmó su jefa, la exministra paraguaya Rosa Benítez.", Direct, "Rosa Benítez", ""},
		{"pt o seu chefe, o antigo ministro X", "pt", "\"O resultado traduz a vontade do povo\", disse o seu chefe, o antigo ministro cabo-verdiano Rui Lopes.", Direct, "Rui Lopes", ""},
		{"de ihr Chef, der frühere Minister X", "de", "„Das Ergebnis ist eindeutig“, sagte ihr Chef, der frühere Minister Jens Pohl.", Direct, "Jens Pohl", ""},
		// near-miss: the name opens a list, so it is not the office's
		{"fr a list after the office", "fr", "« Le vote est valable », a déclaré son chef, le ministre Henri Nze et le député Paul Ela.", Direct, "chef", "Henri Nze"},
	})
}

// TestRec25mlDescribedRelative: a relative of opinion after a person named
// first and described after the name (rec25ml_reldesc.go).
func TestRec25mlDescribedRelative(t *testing.T) {
	rec25mlRun(t, []rec25mlCase{
		{"fr X, coordonnatrice …, pour qui", "fr", "Un avis partagé par Aline Moussavou, coordonnatrice des observateurs de la Ligue gabonaise des droits humains (LGDH), pour qui « le scrutin reste valable ».", Direct, "Aline Moussavou", ""},
		{"es X, dirigente …, para quien", "es", "Lo mismo cree Clara Quispe, dirigente del Movimiento Cívico de La Paz, para quien «la victoria es indiscutible».", Direct, "Clara Quispe", "Movimiento Cívico de La Paz"},
		{"pt X, dirigente …, para quem", "pt", "Outra leitura tem Fátima Baldé, dirigente da Liga Guineense dos Direitos Humanos, para quem \"a vitória é clara\".", Direct, "Fátima Baldé", ""},
		// near-miss: a report with a description is no person
		{"fr a report before the relative", "fr", "Le rapport de la commission, publié lundi soir par le ministère, pour qui « le vote s'est bien déroulé », n'a convaincu personne.", Direct, "", ""},
	})
}

// TestRec25mlQuoteVerbs: a verb of protest or accusation after a
// quotation, with its subject to the end of the clause (rec25ml_quoteverb.go).
func TestRec25mlQuoteVerbs(t *testing.T) {
	rec25mlRun(t, []rec25mlCase{
		{"pt acusou X, dirigente", "pt", "\"Compraram votos no Leste\", acusou Artur Mendes, dirigente do partido em Bafatá.", Direct, "Artur Mendes", ""},
		{"es protestó la diputada X", "es", "«No aceptamos este resultado», protestó la diputada Ana Paz.", Direct, "Ana Paz", ""},
		{"fr a fustigé X", "fr", "« C'est une mascarade », a fustigé Jean Nguema, député de l'opposition.", Direct, "Jean Nguema", ""},
		{"de schimpfte X", "de", "„Das war Betrug“, schimpfte Jens Pohl, Chef der Freien Liste.", Direct, "Jens Pohl", ""},
		{"ru возмутился X", "ru", "«Это подлог», — возмутился депутат Олег Рыбин.", Direct, "Олег Рыбин", ""},
		// near-miss: an object and its complement follow the verb
		{"pt acusou o governo de fraude", "pt", "\"Houve incidentes graves\", acusou o governo de fraude eleitoral em Bafatá.", Direct, "", "governo"},
	})
}

// TestRec25mlAmong: a roundup's list of congratulators opened by a phrase
// of belonging, with an adverb before the list and an aside between
// dashes (rec25ml_among.go).
func TestRec25mlAmong(t *testing.T) {
	rec25mlRun(t, []rec25mlCase{
		{"de Zu den Gratulanten zählten außerdem A – … – und B", "de", "Zu den Gratulanten zählten außerdem US-Präsident Tom Walker – trotz seiner Nähe zum Verlierer – und Frankreichs Staatspräsident Luc Bernard.", Action, "Luc Bernard", ""},
		{"de Zu den ersten Gratulanten gehörten A und B", "de", "Zu den ersten Gratulanten gehörten Polens Präsident Adam Nowak und der italienische Ministerpräsident Marco Rossi.", Action, "Marco Rossi", ""},
		{"fr Au nombre des premiers à féliciter … figuraient", "fr", "Au nombre des premiers à féliciter le vainqueur figuraient le président camerounais Jean Atangana et le Congolais Pierre Mabiala.", Action, "Pierre Mabiala", ""},
		{"ru В числе поздравивших были", "ru", "В числе поздравивших были президент Казахстана Асхат Нурланов и премьер-министр Армении Гагик Арутюнян.", Action, "Гагик Арутюнян", ""},
		// near-miss: a list of guests, no recognition word
		{"de Zu den Gästen zählten", "de", "Zu den Gästen des Abends zählten der Bürgermeister Anton Huber und die Sängerin Eva Roth.", Action, "", "Eva Roth"},
	})
}

// TestRec25mlQuantifier: a German quantifier opening a sentence is no
// first name (lexicon_rec25ml.go).
func TestRec25mlQuantifier(t *testing.T) {
	rec25mlRun(t, []rec25mlCase{
		{"de Wenige Stunden später trat X", "de", "Wenige Stunden später trat Karl Vogt vor die Presse. „Das Ergebnis steht fest, und ich respektiere es“, sagte er.", Direct, "Karl Vogt", "Wenige Stunden"},
		{"de Einige Tage zuvor hatte X", "de", "Einige Tage zuvor hatte Karl Vogt noch gezögert. „Ich gratuliere dem Sieger“, sagte er.", Direct, "Karl Vogt", "Einige Tage"},
	})
	assert.True(t, lexicons["de"].notNames["wenige"])
	assert.False(t, lexicons["fr"].notNames["wenige"])
}

// TestRec25mlOffices: offices of diplomacy and missions before a name in
// apposition make the name the subject (rec25mlOffices).
func TestRec25mlOffices(t *testing.T) {
	rec25mlRun(t, []rec25mlCase{
		{"pt O encarregado de negócios, X, afirmou", "pt", "O encarregado de negócios, Henrik Solberg, afirmou que Bruxelas \"confia nas instituições\".", Reported, "Henrik Solberg", ""},
		{"fr Le chargé d'affaires, X, a déclaré", "fr", "Le chargé d'affaires, Henrik Solberg, a déclaré que Bruxelles « prend acte du résultat ».", Direct, "Henrik Solberg", ""},
		{"es El encargado de negocios, X, dijo", "es", "El encargado de negocios, Henrik Solberg, dijo que Bruselas «respeta el resultado».", Reported, "Henrik Solberg", ""},
		{"de Der Geschäftsträger, X, sagte", "de", "Der Geschäftsträger, Henrik Solberg, sagte, Brüssel „respektiert das Ergebnis“.", Reported, "Henrik Solberg", ""},
		{"fr L'émissaire de l'Union africaine, X, a estimé", "fr", "L'émissaire de l'Union africaine, Paul Ela, a estimé que le scrutin était « crédible ».", Reported, "Paul Ela", ""},
	})
	assert.True(t, lexicons["pt"].isRole("encarregado"))
	assert.False(t, lexicons["es"].roles["consejero"]) // "consejero delegado" is an occupation
}
