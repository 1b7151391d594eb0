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
