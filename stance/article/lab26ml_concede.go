package article

import (
	"github.com/stancekit/stancekit/corpus"
)

// A speaker who concedes defeat recognises the result, whatever they
// complain of besides (GUIDELINES rule 7, grudging acceptance): "X
// reconheceu a derrota sem esconder as queixas …", "Y признал поражение,
// хотя и не без оговорок … пожаловавшись при этом на …", "Z admitió la
// derrota, aunque denunció irregularidades". The concession is one remark
// among several; the complaints the model reads as hostile or
// withholding (a complaint gives recognising almost no probability)
// outweighed it in the speaker's sum. When a speaker's remark concedes a
// defeat (lab26mlConcession), their other remarks that no rule labelled
// and that the model read as not recognising are left out of the sum; a
// remark a rule labelled (a refusal, a charge of fraud read by its verb)
// still counts.

// lab26mlConcession reports whether a is a remark, labelled recognising,
// that concedes a defeat in the language code: an admitting verb with a
// defeat (concessionAt) or a verb of recognising with a defeat within
// three words after it (lab26mlConcedeVerbs), not negated.
func lab26mlConcession(code string, a Analysis) bool {
	lx := lexicons[code]
	if lx == nil || a.NoStance || !a.AboutResult || a.Prediction.Label != corpus.Recognising {
		return false
	}
	words := actionWords(a.Text)
	if i := lx.concessionAt(words, -1); i >= 0 && rev26lmlOwnConcession(code, words, i) {
		return true
	}
	for v, w := range words {
		if lab26mlConcedeVerbs[code][w] && !lab24mlNegated(words, v, lx.negators) &&
			hasStem(words[v+1:min(len(words), v+4)], lab26mlDefeats[code]) && rev26lmlOwnConcession(code, words, v) {
			return true
		}
	}
	return false
}

// lab26mlConceders returns the speakers of as with a remark that concedes
// a defeat (lab26mlConcession) in the language code.
func lab26mlConceders(code string, as []Analysis) map[string]bool {
	out := map[string]bool{}
	for _, a := range as {
		if lab26mlConcession(code, a) {
			out[a.Speaker] = true
		}
	}
	return out
}

// lab26mlOutweighed reports whether a is left out of its speaker's sum: the
// speaker conceded (conceders) and a is a remark no rule labelled that the
// model read as not recognising.
func lab26mlOutweighed(conceders map[string]bool, a Analysis) bool {
	return conceders[a.Speaker] && !a.ByVerb && a.Prediction.Label != corpus.Recognising && !rev26lmlRejection(a)
}
