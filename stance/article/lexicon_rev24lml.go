package article

// calledDoubts are the nouns of doubt, critique and attack whose
// complement the result may be ("die Kritik am Ergebnis", "las críticas
// a la elección", "сомнения в итогах"): a verb of calling before them
// judges the critique, not the result (rev24lml_called.go). The
// languages' process words (turnout) and hedges (claims) count too.
var calledDoubts = map[string][]string{
	"de": {"kritik", "zweifel", "angriff", "anfechtung", "infragestellung", "vorwürf", "vorwurf"},
	"es": {"crític", "duda", "ataque", "cuestionamient", "impugnaci"},
	"pt": {"crític", "dúvida", "ataque", "questionament", "contestaç"},
	"fr": {"critique", "doute", "attaque", "contestation", "remise"},
	"ru": {"критик", "сомнени", "нападк", "атак", "оспариван"},
}

// calledCongrats are the stems of congratulating: a text that calls the
// result something sad and congratulates the winner accepts it
// (rev24lml_called.go; rule 7).
var calledCongrats = map[string][]string{
	"de": {"gratul", "glückwunsch", "glückwünsch", "beglückwünsch"},
	"es": {"felicit", "enhorabuena"},
	"pt": {"felicit", "parabeniz", "parabéns", "cumpriment"},
	"fr": {"félicit"},
	"ru": {"поздрав"},
}

// mockClaims are the nouns of an accusation or a claim: a verb of
// mocking aimed at them ("verspottete die Betrugsvorwürfe", "se burló de
// las denuncias", "a raillé les accusations", "высмеял заявления")
// mocks the losers' claims, not the winner (rev24lml_mock.go; rule 14).
var mockClaims = map[string][]string{
	"de": {"vorwürf", "vorwurf", "betrugsvorwürf", "behauptung", "anschuldigung", "klage"},
	"es": {"acusaci", "denuncia", "alegaci", "reclamo", "queja"},
	"pt": {"acusaç", "denúncia", "alegaç", "queixa", "reclamaç"},
	"fr": {"accusation", "allégation", "plainte", "recours"},
	"ru": {"обвинени", "заявлени", "утверждени", "претензи", "жалоб"},
}

// calledFrauds are the nouns of fraud that the languages' condemn
// lists leave out: a victory called "une « victoire de la fraude »" or
// "ein „Sieg des Betrugs“" is scorned (rev24lml_called.go).
var calledFrauds = map[string][]string{
	"de": {"betrug", "betrugs", "wahlbetrug", "fälschung", "manipulation"},
	"es": {"trampa", "fraude"},
	"pt": {"fraude", "trapaça"},
	"fr": {"fraude", "tricherie", "manipulation", "trucage"},
	"ru": {"фальсификац", "обман", "мошенничеств"},
}
