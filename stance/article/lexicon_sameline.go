package article

// Word lists of the same-line rule (intl_sameline13.go), keyed by
// language code: the lexicons of lexicon_*.go hold no field for them.

// sameLineList is one language's verbs of going or speaking and the
// phrases of the same line after them.
type sameLineList struct {
	verbs   map[string]bool
	phrases []string
}

// sameLines: "foi na mesma linha", "se pronunció en el mismo sentido".
var sameLines = map[string]sameLineList{
	"es": {
		verbs: wordSet(`fue fueron iba iban habló hablaron opinó opinaron se`),
		phrases: []string{"en la misma línea", "en el mismo sentido", "en la misma dirección",
			"en términos similares", "en términos parecidos", "pronunció en el mismo sentido",
			"pronunció en la misma línea", "expresó en la misma línea", "expresó en el mismo sentido",
			"manifestó en el mismo sentido", "manifestó en la misma línea"},
	},
	"pt": {
		verbs: wordSet(`foi foram ia iam falou falaram opinou opinaram se`),
		phrases: []string{"na mesma linha", "no mesmo sentido", "na mesma direção", "na mesma direcção",
			"em termos semelhantes", "pronunciou no mesmo sentido", "pronunciou na mesma linha",
			"manifestou no mesmo sentido", "manifestou na mesma linha"},
	},
}
