package article

// Word lists of the fourteenth session's Spanish and Portuguese rules.

// emphasisVerbs are the verbs of emphasis, per language.
var emphasisVerbs = map[string]map[string]bool{
	"es": wordSet(`destacó destacaron destaca subrayó subrayaron subraya resaltó resaltaron resalta remarcó remarcaron`),
	"pt": wordSet(`sublinhou sublinharam sublinha destacou destacaram destaca salientou salientaram salienta ressaltou ressaltaram ressalta realçou realçaram`),
}

// voteTopics are stems of the vote and its conduct that the object of a verb
// of emphasis must name to be an act on the result (voteTopicIn,
// ibero14_emphasis.go; "recuento"/"conteo", the count, as Portuguese
// "contagem": "se empeñó en esperar al recuento oficial"), and offerTopics those of support or a handover that
// the words after an offer must name (offerOffTopic, ibero14_offer.go).
var voteTopics = map[string][]string{
	"es": {"urna", "proceso", "elecci", "electoral", "elector", "vot", "comicios", "escrutinio", "recuento", "conteo", "cómput", "comput", "jornada",
		"democr", "transparen", "legitim", "legítim", "soberan", "resultado", "particip", "ciudadan", "pueblo", "campaña"},
	"pt": {"urna", "processo", "eleiç", "eleitor", "vot", "escrutínio", "apuramento", "apuração", "contagem", "jornada",
		"democr", "transparên", "legitim", "legítim", "soberan", "resultado", "particip", "cidad", "povo", "campanha"},
}

var offerVerbs = wordSet(`ofreció ofrecieron ofereceu ofereceram`)

var offerTopics = map[string][]string{
	"es": {"apoy", "respald", "colabor", "cooper", "ayuda", "transici", "traspaso", "felicit", "disposici", "disponib", "diálogo", "mano"},
	"pt": {"apoi", "respald", "colabor", "cooper", "ajuda", "transiç", "passagem", "felicit", "disponib", "diálogo", "mão"},
}

// legitimacyOffDomains are stems of sport whose legitimacy, lost or lacking,
// is no condemnation of the vote (deniesLegitimacy, ibero14_legitimacy.go).
var legitimacyOffDomains = map[string][]string{
	"es": {"árbitr", "arbitraj", "equipo", "club", "liga", "federaci", "entrenador", "seleccionador", "futbol", "fútbol"},
	"pt": {"árbitr", "arbitragem", "equipa", "clube", "liga", "federaç", "treinador", "selecionador", "futebol"},
}

// iberoRelatives open a relative clause on the subject, after which a speech
// verb between commas is the main clause's verb, not an incise
// (openerIncise, ibero14_incise.go).
var iberoRelatives = wordSet(`que quien quienes cuyo cuya cuyos cuyas cujo cuja cujos cujas`)

// clubPrefixes are the acronyms that open a sports club's name, followed by
// its place ("FC Porto", "SL Benfica", "CD Tenerife"), not a body before a
// person (acronymThenName, ibero14_acronymname.go).
var clubPrefixes = wordSet(`fc cf sl sc cd ud ac rc ec se ca ad sd`)

// A voter's own vote told in reported speech, in Spanish and Portuguese
// (intl_ownvote.go): "Natalia X, auxiliar de cocina en …, contó que esperó
// tres horas ante la mesa de votación", "contou que esperou quase três
// horas à porta da secção de voto". Reports of the diaspora's or a town's
// voters tell what the voter did in the third person; a person described
// by an occupation whose only words of the election are words of voting
// tells no view of the result. A word of the result or a name of the
// winner or a rival still makes them topical, as in a direct remark.
// reportedOwnVote are the languages read so (their stems of voting are in
// ownVoteStems).
var reportedOwnVote = wordSet(`es pt`)

// legitimacyNouns open the nouns of legitimacy, and legitimacyPrivatives
// are the words that deny it before such a noun, per language
// (ibero14_legitimacy.go); legitimacyRestricts between them make the
// privation another's ("sin duda").
var (
	legitimacyNouns      = []string{"legitimidad", "legitimidade"}
	legitimacyPrivatives = map[string]map[string]bool{
		"es": wordSet(`sin carece carecen carecía carecería perdió perdieron pierde pierden perdido falta`),
		"pt": wordSet(`sem carece carecem carecia perdeu perderam perde perdem perdido falta`),
	}
	legitimacyRestricts = wordSet(`duda dúvida dudas dúvidas`)
)
