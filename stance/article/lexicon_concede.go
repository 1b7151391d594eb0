package article

// Word lists of the concession rule (intl_concede.go), keyed by language
// code: the lexicons of lexicon_*.go hold no field for them.

// concessionVerbs concede, and so recognise a result, only when their
// object is a defeat ("räumte die Niederlage ein", "admitió la derrota",
// "a concédé sa défaite"): "räumte ein, dass es Fehler gab" or "admitió
// errores" concede something else. German finite forms take their
// particle at the clause's end (separableParticles); the participles and
// infinitives carry it and follow their object ("hatte ihre Niederlage
// eingeräumt"); the Spanish and Portuguese participles concede in a
// compound tense ("había admitido su derrota", intl_perfect13.go).
var concessionVerbs = map[string]map[string]bool{
	"de": wordSet(`räumte räumt räumten gestand gesteht gestanden
		eingeräumt eingestanden einräumen einzuräumen eingestehen einzugestehen`),
	"es": wordSet(`admitió admitieron admite admiten concedió concedieron asumió asumieron
		admitido concedido asumido`),
	"fr": wordSet(`concédé concède concèdent admis admet admettent`),
	"pt": wordSet(`admitiu admitiram admite admitem assumiu assumiram
		admitido assumido`),
}

// concessionInfinitives concede in the verb rule only (not as a verb of
// their own, intl_concedeact13.go), after the verb they depend on: a
// refusal before them makes the act hostile ("recusou-se a admitir a
// derrota", "se negó a asumir la derrota"), where the model alone read
// the Portuguese one as recognising.
var concessionInfinitives = map[string]map[string]bool{
	"es": wordSet(`admitir conceder asumir`),
	"pt": wordSet(`admitir assumir`),
}

// defeatStems open the words of a defeat ("Niederlage",
// "Wahlniederlage", "derrota", "défaite").
var defeatStems = map[string][]string{
	"de": {"niederlage", "wahlniederlage"},
	"es": {"derrota"},
	"fr": {"défaite"},
	"pt": {"derrota"},
}

// separableParticles: German finite verbs of recognition or concession
// whose particle closes the clause ("erkannte das Ergebnis nicht an",
// "räumte die Niederlage nicht ein"); a negation anywhere before the
// particle is the verb's.
var separableParticles = map[string]map[string]string{
	"de": {
		"erkannte": "an", "erkennt": "an", "erkannten": "an", "erkennen": "an",
		"räumte": "ein", "räumt": "ein", "räumten": "ein",
		"gestand": "ein", "gesteht": "ein", "gestanden": "ein",
	},
}
