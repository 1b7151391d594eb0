package article

// The word lists of rev32ml_opening.go.

// rev32mlAdverbEndings end Russian adverbs that open a sentence whose
// subject is left out ("Официально признал …", "Позднее поздравил …").
var rev32mlAdverbEndings = []string{"но", "ее", "же", "ше"}

// rev32mlOpeningAdverbs are Russian adverbs of time and manner that open
// such a sentence and have no ending of rev32mlAdverbEndings.
var rev32mlOpeningAdverbs = wordSet(`накануне вскоре сразу впервые вновь снова тогда сначала потом лично публично`)

// The word lists of rev32ml_passive.go.

// rev32mlRequestStems are the stems of requests and appeals against a
// result, besides processWords' targets ("la solicitud de anulación", "o
// pedido de recontagem", "la demande d'annulation", "der Antrag auf …").
var rev32mlRequestStems = map[string][]string{
	"es": {"solicitud", "petici", "pedido", "apelaci", "queja"},
	"pt": {"pedido", "solicitaç", "petiç", "apelaç", "queixa", "impugnaç"},
	"fr": {"demande", "requête", "appel", "pourvoi", "réclamation"},
	"de": {"antrag", "einspruch", "berufung", "eilantrag"},
}

// The word lists of rev32ml_group.go.

// rev32mlRuAdjectiveEndings end a Russian adjective in the nominative
// ("западные", "европейские", "российская", "внепарламентская").
var rev32mlRuAdjectiveEndings = []string{"ые", "ие", "ая", "яя", "ый", "ий", "ой", "ое", "ее"}

// rev32mlRuAuthorities are Russian nouns of a country's authorities that
// take a group noun for complement and speak for it ("Власти страны").
var rev32mlRuAuthorities = wordSet(`власти руководство правительство`)

// The word lists of rev32ml_held.go.

// rev32mlHeldObjects are the events and agreements one holds
// ("celebraron elecciones", "celebraram acordos").
var rev32mlHeldObjects = map[string]map[string]bool{
	"es": wordSet(`elecciones comicios primarias reunión reuniones cumbre cumbres acuerdo acuerdos sesión sesiones asamblea referéndum consulta plebiscito cierre cierres mitin mítines congreso audiencia`),
	"pt": wordSet(`eleições eleição primárias reunião reuniões cúpula acordo acordos sessão sessões assembleia referendo consulta plebiscito comício comícios congresso audiência`),
}
