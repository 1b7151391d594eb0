package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Narrowings of the lab29rom rules (lab29rom_*.go), each for a wording
// the rule read wrongly in the rev29rom probes.
//
// Stopping short (lab29rom_stopshort.go) withholds only when what is
// stopped short of is a verdict: saying, calling, judging or recognising
// ("sin llegar a hablar de fraude", "sem chegar a qualificar"). "felicitó
// a X, sin llegar a viajar a la investidura", "nunca chegou a visitar a
// fábrica" and "no llegó a superar el umbral" stop short of a trip or a
// share, not of a verdict; a demand ("sin llegar a pedir la anulación") is
// a step past the verdict, not the verdict. And a contrast after the
// phrase ("no llegó a pedir un recuento, pero calificó la elección de
// fraude") says the verdict after all.
//
// A victory over someone (lab29rom_rivalvictory.go): "reconoció el
// triunfo oficialista sobre X", "la victoire face à X" name the rival as
// the one beaten, not as the victor; the object of the victory noun ends
// at a word of opposition (lab29romOpposed).
//
// Celebrating (lab29rom_celebrated.go): a result or a victory of
// something other than the vote ("celebró los resultados de la balanza
// comercial", "comemorou o resultado da auditoria", "a célébré le
// triomphe de l'équipe nationale") is no recognition: the noun's
// complement must name the winner, a rival, a word of the election (the
// language's topicStems: "la victoire de la démocratie", "el resultado de
// las elecciones") or an ideal ("la vitória da esperança"). And a rival who celebrates a victory without naming
// the winner ("Arce festejó la victoria con sus partidarios") claims it:
// the rule leaves the act to the model.
//
// Tampering (lab29rom_riggedfor.go): a denial, an attempt or an accused
// opposition before the verb ("negó que las actas hayan sido alteradas
// para …", "acusó a la oposición de intentar alterar actas para …")
// defends the result.

// lab29romVerdictInf reports whether w, an infinitive after a phrase of
// going as far as, says or judges (see above).
func lab29romVerdictInf(code, w string) bool {
	return periphrases[code].sayInf[w] || rev29romVerdictInfs[code][w]
}

// lab29romContrastAfter reports whether a word of contrast follows in
// words.
func lab29romContrastAfter(words []string) bool {
	return anyWordIn(words, rev29romContrasts)
}

// rev29romOpposedCut is end cut at the first word of opposition after
// words[v].
func rev29romOpposedCut(words []string, v, end int) int {
	for k := v + 1; k < end; k++ {
		if rev29romOpposedAt(words, k) {
			return k
		}
	}
	return end
}

// rev29romOpposedAt reports whether words[k] is a word of opposition
// ("sobre", "contra", "frente a", "face à").
func rev29romOpposedAt(words []string, k int) bool {
	return lab29romOpposed[words[k]] || rev29romOpposedHeads[words[k]] && k+1 < len(words) && rev29romOpposedLinks[words[k+1]]
}

// rev29romOtherComplement reports whether the noun words[k] has a
// complement ("de …", "d'…") that names neither the winner, a rival nor
// a word of the election.
func rev29romOtherComplement(ctx stance.Context, code string, words []string, k int) bool {
	if k+1 >= len(words) {
		return false
	}
	var comp []string
	switch w := words[k+1]; {
	case rev29romGenitives[w]:
		comp = words[k+2 : min(len(words), k+5)]
	case strings.HasPrefix(w, "d'") || strings.HasPrefix(w, "d’"):
		comp = words[k+1 : min(len(words), k+4)]
	default:
		return false
	}
	if w, r := mentionsIn(ctx, comp); w || r {
		return false
	}
	comp = lab29romUnelided(comp)
	return lexicons[code] == nil || !hasStem(comp, lexicons[code].topicStems) && !anyWordIn(comp, rev29romIdeals)
}

// rev29romRivalCelebrant makes the recognition v of a rival speaker's
// celebration of a victory, with the winner named nowhere in the run, no
// verdict (see above).
func (l *langLexicon) rev29romRivalCelebrant(ctx stance.Context, speaker, run string, v actionVerdict) actionVerdict {
	if v != verdictRecognising || speaker == "" {
		return v
	}
	words := actionWords(run)
	if _, rival := mentionsIn(ctx, strings.Fields(strings.ToLower(speaker))); !rival {
		return v
	}
	if winner, _ := mentionsIn(ctx, words); winner {
		return v
	}
	for _, w := range words {
		if l.recognition(w) {
			return v // "Arce felicitó …": a recognition word, not a celebration
		}
	}
	if lab29romCelebratedAt(ctx, l.code, words, -1) >= 0 {
		return verdictNone
	}
	return v
}

// rev29romTamperDisowned reports whether the words before a tampering
// verb deny it, make it an attempt or the opposition's (see above), or
// set it in another or a past race ("en 1998 el régimen alteró las actas
// para …").
func rev29romTamperDisowned(before []string) bool {
	return anyWordIn(lab29romUnelided(before), rev29romDisowning) || rev29romOtherRace(before)
}

// rev29romOtherRace reports whether the words after a victory noun name
// another race or a year ("aux législatives de 2019"): a rival's victory
// there is no claim on the declared result.
func rev29romOtherRace(words []string) bool {
	for i, w := range words {
		year := len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
		if rev29romOtherRaces[w] || year && i > 0 && rev29romYearPreps[words[i-1]] { // not "Alternance 2023", a name
			return true
		}
	}
	return false
}

// rev29romFraudBefore reports whether a word of fraud stands in words (the
// run before a stop short): "a dénoncé des fraudes massives, sans pour
// autant reconnaître …" is hostile for its fraud, whatever it stops short of.
func rev29romFraudBefore(words []string) bool {
	return hasStem(words, []string{"fraud"})
}
