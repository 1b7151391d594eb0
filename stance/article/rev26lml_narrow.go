package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// rev26lml narrows lab26ml's three rules (lab26ml_respect.go,
// lab26ml_concede.go, lab26ml_notcontest.go) where they misfired on
// project-written probe articles (testdata/rev26lml/probes.jsonl).
//
// Respecting the result does not recognise it when a condition follows
// the verb ("respetaremos el resultado si el recuento …", "nous
// respecterons le verdict s'il est confirmé", "er werde das Ergebnis
// respektieren, sobald …", "будем уважать итоги, если …": cond22Openers),
// when the result is the speaker's own version ("los resultados reales",
// "le résultat réel des urnes", "настоящие итоги": rev26lmlOwnVersions),
// when the body that declared the result is called on to respect it
// ("exigió a la comisión que respete …", "pediu à comissão que respeite
// …": rev26lmlCallVerbs, lab26mlAuthorities), or when "respeto" /
// "respeito" is the noun ("com todo o respeito pela comissão, o resultado
// …": rev26lmlNounLeads).
//
// A concession counts for the speaker's sum only when it is the speaker's
// own and unconditional: nothing but auxiliaries, adverbs of time, subject
// pronouns or possessives before it in the remark (rev26lmlConcedeLeads;
// not "Lefèvre a reconnu sa défaite" in an observer's quote, not "no ha
// reconocido", "se negó a admitir", "só reconhece a derrota"), and no
// condition on a step of the count after it ("reconhece a derrota se o
// Tribunal validar …") nor a counterfactual ("признал бы поражение").
// A remark the model reads as hostile at rev26lmlRejectProbability or
// more is a rejection and still counts.
//
// A negated contest does not recognise when the negation is a verb's
// other than an auxiliary ("n'exclut pas de contester", "n'exclut aucun
// recours", "no descarta ningún recurso", "il n'existe aucun recours"),
// when it is a delay ("todavía no impugnamos": rev26lmlYets), when the
// noun of appeal means means ("no tiene recursos para impugnar"), when
// the run also denies recognising ("мы их просто не признаём"), or when
// the run goes on after it with a reason or another clause ("porque a
// justiça está capturada", "; nous le ferons dans la rue", a second
// sentence).

// rev26lmlRespectBlocked reports whether the verb of respecting at
// words[v], with its object at words[o], is conditioned, respects the
// speaker's own version of the result or calls on the declaring body
// (see above).
func rev26lmlRespectBlocked(code string, words []string, v, o int) bool {
	if rev26lmlRespectNouns[words[v]] && v > 0 && rev26lmlNounLeads[words[v-1]] {
		return true
	}
	for i := v + 1; i < len(words); i++ {
		if cond22OpenerAt(code, words, i) > 0 {
			return true
		}
	}
	if hasStem(words[max(0, o-2):min(len(words), o+3)], rev26lmlOwnVersions) {
		return true
	}
	for c := max(0, v-6); c < v; c++ {
		if rev26lmlCallVerbs[words[c]] && hasStem(words[c+1:v], lab26mlAuthorities) {
			return true
		}
	}
	return false
}

// rev26lmlOwnConcession reports whether the concession found at words[i]
// is the speaker's own and unconditional (see above).
func rev26lmlOwnConcession(code string, words []string, i int) bool {
	anchor := i
	for k := 0; k < i; k++ {
		if hasStem(words[k:k+1], lab26mlDefeats[code]) {
			anchor = k // "hatte ihre Niederlage eingeräumt"
			break
		}
	}
	for _, w := range words[:anchor] {
		if !rev26lmlConcedeLeads[w] {
			return false
		}
	}
	if i+1 < len(words) && rev26lmlCounterfactuals[words[i+1]] {
		return false
	}
	for k := i + 1; k < len(words); k++ {
		if lab25UntilAt(code, words, k) > 0 {
			return false
		}
		if n := cond22OpenerAt(code, words, k); n > 0 && lab25StepAt(code, words, k+n, min(len(words), k+n+6)) >= 0 {
			return false
		}
	}
	return true
}

// rev26lmlRejection reports whether a is read by the model as hostile at
// rev26lmlRejectProbability or more: a concession does not outweigh it.
func rev26lmlRejection(a Analysis) bool {
	return a.Prediction.Label == corpus.Hostile && a.Prediction.Probability >= rev26lmlRejectProbability
}

// rev26lmlNegator reports whether words[k] negates a contest standing
// after it: a negator, an auxiliary with a French "n'" ("n'entend",
// "n'introduira"), or a quantifier of none after a verb of filing ("no
// presentará ningún recurso", "n'introduira aucun recours"); and not
// "todavía no", "pas encore". A French "pas" negates the contest only
// after "ne" or an auxiliary ("ne pas contester", "ne va pas contester").
func rev26lmlNegator(code string, words []string, k int, negators map[string]bool) bool {
	w := words[k]
	switch {
	case lab26mlContestNegators[w]:
		if k == 0 || !lab26mlContestLinks[strings.TrimPrefix(words[k-1], "n'")] {
			return false
		}
	case code == "fr" && strings.HasPrefix(w, "n'"):
		if !lab26mlContestLinks[strings.TrimPrefix(w, "n'")] {
			return false
		}
	case !negators[w]:
		return false
	case code == "fr" && w != "ne" && k > 0 && words[k-1] != "ne" && !lab26mlContestLinks[strings.TrimPrefix(words[k-1], "n'")]:
		return false // "n'exclut pas de contester": the "pas" of another verb
	}
	if k > 0 && rev26lmlYets[words[k-1]] || k+1 < len(words) && rev26lmlYets[words[k+1]] {
		return false
	}
	return true
}

// rev26lmlContestBlocked reports whether the negated contest at words[v]
// is no recognition: its noun means means, the run denies recognising
// anywhere, or a reason follows it (see above).
func rev26lmlContestBlocked(code string, words []string, v int, negators map[string]bool) bool {
	if v+1 < len(words) && rev26lmlMeans[words[v+1]] {
		return true
	}
	for k, w := range words {
		if k != v && (cond22Recognition(code, w) || hasStem(words[k:k+1], rev26lmlRecognises[code])) && lab24mlNegated(words, k, negators) {
			return true
		}
	}
	return anyWordIn(words[v+1:], rev26lmlCauses)
}

// rev26lmlGoesOn reports whether run goes on after its first clause: a
// semicolon, a colon, a dash or a second sentence ("nous ne
// contesterons pas les résultats ; nous le ferons dans la rue").
func rev26lmlGoesOn(run string) bool {
	run = strings.TrimSpace(run)
	if strings.ContainsAny(run, ";:—–") {
		return true
	}
	k := strings.IndexAny(run, ".!?")
	return k >= 0 && strings.TrimSpace(strings.Trim(run[k:], ".!?…»\"“” ")) != ""
}
