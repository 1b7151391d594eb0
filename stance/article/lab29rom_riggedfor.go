package article

import "strings"

// Votes altered to make a victory, in Spanish, Portuguese and French: "las
// actas fueron alteradas para darle la victoria al oficialismo", "el
// organismo cambió votos en varias provincias para fabricar la
// diferencia", "les procès-verbaux ont été falsifiés pour donner la
// victoire au pouvoir". Saying that the count was tampered with in order
// to produce the winner's victory or margin accuses the result of fraud
// (hostile); the models read the victory at the end and no word of fraud.
// A verb of tampering (lab29romTamperStems, or a verb of changing right
// before a word of the vote: "cambió votos", "mudou os números"), then
// within lab29romPurposeSpan words a purpose ("para", "pour", "afin de"),
// then within three words a victory or a margin (lab29romGainNouns), in a
// direct or reported run of a speaker who is no commentator. Not "cambió
// de estrategia para asegurar la victoria" (no vote changed), nor
// "trabajaron para darle la victoria" (no tampering).

// lab29romPurposeSpan is how far after the tampering verb its purpose may
// stand ("cambió votos en varias provincias para" is five words).
const lab29romPurposeSpan = 6

// lab29romRiggedFor reports whether the words (lower case) say the count
// was tampered with to make a victory (see above).
func lab29romRiggedFor(words []string) bool {
	for i, w := range words {
		tamper := hasStem([]string{w}, lab29romTamperStems)
		if !tamper && (!hasStem([]string{w}, lab29romChangeStems) || i+2 >= len(words) || !hasStem(words[i+1:i+3], lab29romCountWords)) {
			continue
		}
		if rev29romTamperDisowned(words[:i]) {
			return false // rev29rom_riggedfor.go: "negó que …", "acusó a la oposición de intentar alterar …"
		}
		for p := i + 1; p < len(words) && p <= i+lab29romPurposeSpan; p++ {
			if lab29romPurposes[words[p]] && hasStem(lab29romUnelided(words[p+1:min(len(words), p+5)]), lab29romGainNouns) {
				return true
			}
		}
	}
	return false
}

// lab29romRiggedForRun makes a direct or reported run that says the count
// was tampered with to make a victory hostile.
func (r Reader) lab29romRiggedForRun(a *Analysis, code, run string, commentator bool) {
	if !rom20Langs[code] || a.Kind == Action || a.NoStance || a.ByVerb || commentator || r.Classifier == nil {
		return
	}
	if !lab29romRiggedFor(actionWords(run)) {
		return
	}
	if p, ok := actionPrediction(verdictHostile, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}

// lab29romUnelided is words without an elided French article or
// preposition before them ("l'écart": "écart").
func lab29romUnelided(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		for _, e := range []string{"l'", "l’", "d'", "d’"} {
			w = strings.TrimPrefix(w, e)
		}
		out[i] = w
	}
	return out
}
