package article

// The word lists of rom32_infinitive.go.

// rom32NotInfinitives are French words that may follow a verb of saying
// and end like an infinitive but are none.
var rom32NotInfinitives = wordSet(`
	hier notre votre autre autres contre entre encore premier première
	dernier dernière libre libres propre clair claire soir sincère
	janvier février
`)

// rom32SecondNegators are the second words of a French negation before an
// infinitive ("ne pas reconnaître").
var rom32SecondNegators = wordSet(`pas plus jamais point guère`)

// The word lists of rom32_topic.go.

// rom32TopicOpeners open a sentence with its topic ("Quant à
// l'opposition, …").
var rom32TopicOpeners = map[string][]string{
	"fr": {"quant à", "quant au", "quant aux", "s'agissant de", "s'agissant du", "s'agissant des", "en ce qui concerne", "concernant"},
	"es": {"en cuanto a", "en cuanto al", "respecto a", "respecto al", "con respecto a", "con respecto al", "en lo que respecta a", "en lo que respecta al", "por lo que respecta a", "por lo que respecta al"},
	"pt": {"quanto a", "quanto à", "quanto ao", "quanto às", "quanto aos", "no que diz respeito a", "no que diz respeito à", "no que diz respeito ao"},
}

// rom32TopicPronouns are the subject pronouns that take up the topic.
var rom32TopicPronouns = map[string]map[string]bool{
	"fr": wordSet(`il elle ils elles celui-ci celle-ci ceux-ci celles-ci`),
	"es": wordSet(`él ella ellos ellas este esta estos estas éste ésta`),
	"pt": wordSet(`ele ela eles elas este esta estes estas`),
}

// The word lists of rom32_listoffice.go.

// rom32OfficeLangs are the languages whose lists share out an office.
var rom32OfficeLangs = wordSet(`es fr pt`)

// The word lists of rom32_verbfirst.go.

// rom32ObjectClitics are the object pronouns of the third person that
// stand before a verb.
var rom32ObjectClitics = map[string]map[string]bool{
	"es": wordSet(`lo la los las`),
	"pt": wordSet(`o a os as`),
	"fr": wordSet(`le la les l'`),
}

// The word lists of rom32_ownpart.go.

// rom32Asides are the connectives of contrast and stressed pronouns that
// stand alone between commas after a subject, beyond ownPart and
// iberoConnectives17.
var rom32Asides = map[string][]string{
	"fr": {"en revanche", "toutefois", "cependant", "elle", "lui", "elles", "eux", "pour leur part", "de leur côté", "quant à eux", "quant à elles"},
	"es": {"por su lado", "por el contrario", "por su parte", "en tanto"},
	"pt": {"ao contrário", "em compensação"},
}

// rom32ContrastOpeners are the adverbs of contrast that open a sentence
// before its subject.
var rom32ContrastOpeners = wordSet(`já`)
