package article

// Session 21 (ml21) word lists.

// ml21PluralAux are the third person plural auxiliaries of a compound
// past ("han dicho", "ont déclaré", "têm dito", "haben erklärt").
var ml21PluralAux = wordSet(`han ont têm haben hatten`)

// ml21PluralEndings are the endings of a third person plural speech verb
// (past or present) by language.
var ml21PluralEndings = map[string][]string{
	"es": {"ron", "an", "en"},
	"pt": {"ram", "am", "em"},
	"fr": {"ent"},
	"de": {"ten", "en"},
	"ru": {"ли", "ют", "ят"},
}

// ml21PeopleNouns are the people as the object of a congratulation
// (ml21_people.go): the nation, its citizens and its voters.
var ml21PeopleNouns = wordSet(`pueblo pueblos ciudadanos ciudadanía electores votantes nación
	peuple citoyens électeurs électorat nation
	povo cidadãos eleitores nação
	volk bürger bürgerinnen wähler wählern wählerinnen nation
	народ народу граждан гражданам избирателей избирателям жителей`)

// ml21PeopleLinks may come between a congratulation and the people: a
// preposition or an article ("al", "le", "o", "dem").
var ml21PeopleLinks = wordSet(`a al la el los las le les l' au aux à o os ao aos as
	dem den die das des du del da do`)

// ml21WinnerTitleStems open words that name the winner by the result.
var ml21WinnerTitleStems = []string{"electo", "electa", "élu", "eleit", "gewählt", "избранн",
	"ganador", "vencedor", "vainqueur", "sieger", "победител", "reelegid", "réélu", "reeleit", "wiedergewählt", "переизбранн"}

// ml21RecountStems open the words of a recount or an audit asked for
// after a refusal to concede (ml21_recount.go).
var ml21RecountStems = []string{"recuent", "reconteo", "recompt", "recontag", "recontage", "neuauszähl", "nachzähl",
	"пересчет", "пересчёт", "auditor", "audit", "überprüf", "проверк"}

// ml21AboutPreps are the prepositions of what is spoken of ("заявила о
// «…»", "sprach von „…“", "parló de «…»") between a verb and its object
// quotation (ml21_objectquote.go).
var ml21AboutPreps = wordSet(`о об обо про von de`)

// ml21GreetingStems open the greeting nouns a congratulation is sent as
// ("ses félicitations", "sus felicitaciones", "Glückwünsche").
var ml21GreetingStems = []string{"felicitaci", "félicitation", "felicitaç", "glückwünsch", "поздравлени"}

// ml21PluralToSingular turn the ending of a third person plural past into
// the singular's (ml21_pluralverb.go): "subrayaron" → "subrayó",
// "afirmaram" → "afirmou", "отметили" → "отметил", "betonten" → "betonte".
var ml21PluralToSingular = map[string][][2]string{
	"es": {{"aron", "ó"}, {"ieron", "ió"}},
	"pt": {{"aram", "ou"}, {"eram", "eu"}, {"iram", "iu"}},
	"ru": {{"ли", "л"}, {"лись", "лся"}},
	"de": {{"ten", "te"}},
}
