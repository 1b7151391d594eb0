package article

// frReflexivePluperfect are the French reflexive auxiliaries of the
// pluperfect ("X s'était contenté d'« appeler au calme »", "ils
// s'étaient joints aux félicitations"): preverbs and reflexives as "s'est"
// is, so that the subject before the auxiliary is found and the verb read
// as reflexive.
var frReflexivePluperfect = []string{"s'était", "s'étaient"}

func init() {
	for _, w := range frReflexivePluperfect {
		french.preverbs[w] = true
		french.reflexives[w] = true
	}
}

// frTimePrepositions open a French adverbial of time as "après", "avant"
// and "lors" do ("Dès l'annonce des chiffres par la Commission, X, …, a
// refusé …", "Depuis la proclamation, X …"): stops, so that a long opening
// adverbial is read past and no name is taken to begin with them.
var frTimePrepositions = []string{"dès", "depuis"}

func init() {
	for _, w := range frTimePrepositions {
		french.stops[w] = true
	}
}
