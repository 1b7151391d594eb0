package article

// rev22rmlBackgroundWords mark a sentence as telling the background of
// the news rather than the news: adverbs of a time long past and the
// campaign before the vote ("Pendant la campagne, X accusait …",
// "Durante la campaña, X acusaba …", "Na campanha, X atacava …",
// "X rejetait autrefois …"). An imperfect of acting in such a sentence is
// a habit or a past stance, not a reaction to the result
// (rev22rml_background.go).
var rev22rmlBackgroundWords = map[string]map[string]bool{
	"fr": wordSet(`autrefois jadis naguère auparavant longtemps campagne`),
	"es": wordSet(`antaño otrora antiguamente campaña`),
	"pt": wordSet(`outrora antigamente campanha`),
}

// rev22rmlBackgroundPairs are two-word markers of the same kind, a
// preposition and a span of years ("pendant des années", "durante años",
// "há anos"), keyed by their first word.
var rev22rmlBackgroundPairs = map[string]map[string]string{
	"fr": {"des": "années"},
	"es": {"durante": "años", "hace": "años"},
	"pt": {"durante": "anos", "há": "anos"},
}

// rev22rmlYearPreps are the prepositions before a year ("en 2019", "em
// 2019"): an imperfect in a sentence set in a named year is background.
var rev22rmlYearPreps = wordSet(`en em`)

// rev22rmlArticlePreps are the Spanish and Portuguese prepositions joined
// to an article ("al reconocido", "ao reconhecido", "del", "do", "da").
var rev22rmlArticlePreps = wordSet(`al del ao aos à às do da dos das no na nos nas pelo pela`)

// rev22rmlStateImperfects are imperfects rec22ml_imperfect.go would
// derive from verbs of acting whose imperfect tells a state, a habit or
// a plan far more often than a reaction to a result: "il s'appelait",
// "demandait des crédits", "souhaitait devenir", "évoquait ses
// souvenirs"; "desconocía los detalles" (was unaware of), "evitaba a la
// prensa", "ofrecía descuentos", "deseaba viajar"; "chamava-se", "pedia
// mais verbas", "cobrava impostos". An act is about the result by its
// verb, unjudged (analyze.go), so these stay no act; the perfect forms
// are untouched.
var rev22rmlStateImperfects = wordSet(`
	annonçait annonçaient appelait appelaient demandait demandaient souhaitait souhaitaient traitait traitaient évoquait évoquaient
	anunciaba anunciaban desconocía desconocían deseaba deseaban evitaba evitaban expresaba expresaban limitaba limitaban ofrecía ofrecían pidía pidían
	anunciava anunciavam chamava chamavam cobrava cobravam desejava desejavam evitava evitavam expressava expressavam manifestava manifestavam oferecia ofereciam pedia pediam reagia reagiam`)
