package article

// about23Verdict reports whether words (a remark's words in the language
// code, lower case) hold a word of condemnation of the vote (pw.condemn:
// "amañadas", "falsifiées", "фальсифицированы") or of stealing or faking
// it (about23Theft: "robaron", "trafiquées", "украли"), or of judging
// the count or a complaint about it (about23Judge: "не может судить о
// подсчёте", "претензий к подсчёту нет", "se prononcera"). A remark that
// says the count was stolen or its lists faked is a verdict on the
// result, not a report of how the vote ran (processSpeakers): "a Solís
// le robaron la elección en las mesas", "des listes électorales
// trafiquées"; so is one that passes or puts off a judgement of the
// count. A condemning word hedged by a denial is still a verdict
// on the result ("the lists were not faked" keeps the speaker on it).
func about23Verdict(code string, words []string, pw processList) bool {
	for _, w := range words {
		if hasStem([]string{w}, pw.notVerdicts) {
			continue
		}
		if hasStem([]string{w}, pw.condemn) || hasStem([]string{w}, about23Theft[code]) || hasStem([]string{w}, about23Judge[code]) {
			return true
		}
	}
	return false
}
