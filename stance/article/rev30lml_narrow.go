package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Narrowings of lab30ml's rules found by probes (rev30lml).
//
// A denied contest or doubt of a victory is the rival's own claim when
// the rival says it or the run names only the rival: "Imrich afirmó que
// nadie puede discutir su victoria", "el jefe de campaña dijo que nadie
// podrá cuestionar el triunfo de Imrich". The victory no one may doubt
// is not the declared one, and lab26mlNotContestRun must not call it a
// recognition. A rival who will not contest the results ("Llano anunció
// que no impugnará los resultados") concedes: only a word of victory
// (rev30lmlVictories) makes the claim.
func rev30lmlRivalContest(ctx stance.Context, rm Remark, words []string) bool {
	if !hasStem(words, rev30lmlVictories) {
		return false
	}
	winner, rival := mentionsIn(ctx, words)
	return !winner && (rival || rivalSpeaker(ctx, rm)) // "Imrich admitió que nadie puede discutir la victoria de Halvan" concedes
}

// A judgement put off that is about something else is no act on the
// vote: "aplazó su evaluación de los aranceles al acero hasta enero",
// "отложил оценку проекта бюджета до осени", "verschob seine Bewertung
// des Haushaltsentwurfs". When a word of judgement (not a greeting or a
// recognition, which speak to the winner) stands after the verb and the
// words after it, up to a condition of waiting, name something
// (rev30lmlNamed) but no word of the vote, lab30mlDeferred declines.
// "отложили выводы", "a reporté tout jugement sur le scrutin" and the
// object-first "Окончательную оценку миссия отложила" stay acts.

// rev30lmlDeferComplementSpan is how many words after the judgement are
// read for its complement.
const rev30lmlDeferComplementSpan = 4

// rev30lmlOtherJudgement reports whether the judgement at words[k],
// after its verb, is of something other than the vote (see above).
func rev30lmlOtherJudgement(code string, words []string, k int) bool {
	if !hasStem(words[k:k+1], rev30lmlJudgements[code]) {
		return false
	}
	return rev30lmlNamed(code, words, k)
}

// rev30lmlVoteWord reports whether w is a word of the vote or its result
// in the language code.
func rev30lmlVoteWord(code, w string) bool {
	one := []string{w}
	return hasStem(one, lab26mlContestObjects[code]) || hasStem(one, fgrVoteObjects[code]) ||
		hasStem(one, lab30mlDoubtObjects[code]) || hasStem(one, rev30lmlVoteExtras[code])
}

// A doubt denied under a condition is no recognition yet: "si el
// recuento confirma las cifras, nadie podrá discutir el resultado", "s'il
// n'y a pas de recours, personne ne peut contester le vote". A word of
// condition (rev30lmlIfs) before the word of none declines, unless it is
// concessive ("si bien hubo fallas", "même si").
func rev30lmlIfBefore(words []string, d int) bool {
	for k := 0; k < d; k++ {
		if !rev30lmlIfs[words[k]] {
			continue
		}
		if k+1 < len(words) && words[k+1] == "bien" || k > 0 && (words[k-1] == "même" || words[k-1] == "даже") {
			continue // "si bien", "même si", "даже если": concessive
		}
		return true
	}
	return false
}

// A German compound holds its charge at its end: "die Berichte über
// Wahlbetrug als Propaganda abgetan" dismisses a charge of fraud, not the
// vote. rev30lmlHasPart reports whether a word of words contains one of
// parts anywhere, as lab30mlDismissed's guard against charges needs.
func rev30lmlHasPart(words, parts []string) bool {
	for _, w := range words {
		for _, p := range parts {
			if strings.Contains(w, p) {
				return true
			}
		}
	}
	return false
}

// A doubt denied of another result is no recognition: "nadie puede
// cuestionar el resultado del clásico del domingo", "никто не может
// оспорить итоги сезона". rev30lmlOffVote reports whether every word of
// the result in words (lab30mlResultWord) has a complement that names
// something (rev30lmlNamed) but no word of the vote, the winner or a
// rival; "el resultado de las urnas", "el triunfo de Halvan", "итоги
// голосования" and a bare "el resultado" stay the vote's.
func rev30lmlOffVote(ctx stance.Context, code string, words []string) bool {
	found := false
	for k := range words {
		if !lab30mlResultWord(code, words[k:k+1]) {
			continue
		}
		end := min(len(words), k+1+rev30lmlDeferComplementSpan)
		if w, r := mentionsIn(ctx, words[k+1:end]); w || r || !rev30lmlNamed(code, words, k) {
			return false
		}
		found = true
	}
	return found
}

// rev30lmlNamed reports whether the words after words[k], up to a
// condition of waiting or rev30lmlDeferComplementSpan of them, name
// something other than the vote: a word of five letters or more, not a
// link (rev30lmlDeferLinks), with no word of the vote among them.
func rev30lmlNamed(code string, words []string, k int) bool {
	named := false
	for j := k + 1; j < len(words) && j <= k+rev30lmlDeferComplementSpan; j++ {
		if lab25UntilAt(code, words, j) > 0 || rev30lmlDeferStops[words[j]] {
			break
		}
		if rev30lmlVoteWord(code, words[j]) {
			return false
		}
		named = named || len([]rune(words[j])) >= 5 && !rev30lmlDeferLinks[words[j]]
	}
	return named
}
