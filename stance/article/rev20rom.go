package article

import (
	"slices"
	"strings"
)

// rev20Oath reports whether w is one of the shouting and swearing verbs
// of rom20SpeechVerbs: they report words only with a clause or a
// quotation ("juró que …", "«…», gritó X"); on their own they are acts
// ("X juró el cargo ante la Asamblea", "gritou de dor", "clamou por
// paz"), which the fallback reads as it did before they were speech
// verbs, not as talk about something else (speakingOf).
func rev20Oath(code, w string) bool {
	return slices.Contains(rom20SpeechVerbs[code], w)
}

// rev20DealtWith reports whether toks[v], a French participle of calling
// names (rom20CallVerbs: "traité", "taxé"), has no object: "de" follows
// it right away and no object pronoun comes before its auxiliary. Then it
// is "to deal with" ("le ministre a traité des questions de sécurité",
// "a traité de la réforme"), no act on anyone; "l'a traité de
// « fantoche »" and "a traité X de …" are the acts.
func (ix *intl) rev20DealtWith(toks []token, v int) bool {
	if !slices.Contains(rom20CallVerbs[ix.lx.code], toks[v].lower) || v+1 >= len(toks) || !toks[v+1].word() {
		return false
	}
	n := toks[v+1].lower
	if n != "de" && n != "du" && n != "des" && !strings.HasPrefix(n, "d'") {
		return false
	}
	for k := max(0, v-2); k < v; k++ {
		w := toks[k].lower
		if rev20ObjectClitics[w] || len(w) > 2 && rev20ObjectClitics[w[:2]] {
			return false // "l'a traité de", "les a traités de", "m'a taxé de"
		}
	}
	return true
}

// rev20NamedAsSubject reports whether the person named at lo in the
// sentence sent (the current one, cur, or the one before it) was named
// as its subject, so that an office opening the next sentence may refer
// back to them (rom20Antecedent): first in the sentence, after a comma
// or a dash ("Arrivé deuxième, X refuse de s'incliner"), or after a
// speech verb ("…, a déclaré X"). Not a preposition's complement or a
// verb's object ("Des partisans de X ont défilé", "La police a arrêté
// X"): the office that follows is another person's ("Le ministre de
// l'Intérieur parle d'une « … »").
func (ix *intl) rev20NamedAsSubject(cur []token, sent, lo int) bool {
	var toks []token
	switch ix.x.sentNo - sent {
	case 0:
		toks = cur
	case 1:
		toks = ix.prevSent.toks
	default:
		return false
	}
	if lo == 0 {
		return true
	}
	if lo > len(toks) {
		return false
	}
	t := toks[lo-1]
	return !t.word() || ix.lx.speechVerbs[t.lower]
}

// rev20NotByline reports whether the words after "Por"/"Par" (see
// rom20Byline) are no author's name: a capitalised question word,
// determiner or stop word among them ("Por Qué Ganó", "Par Le Monde", a
// newspaper).
func (ix *intl) rev20NotByline(words []string) bool {
	for _, w := range words {
		l := strings.ToLower(w)
		if l == w {
			continue // a name's particle ("Luis de la Vega")
		}
		if rev20Interrogatives[l] || ix.lx.determiners[l] || ix.lx.stops[l] {
			return true
		}
	}
	return false
}

// rev20Interview reports whether the paragraphs after a byline hold a
// paragraph that is one question ("¿Reconoce usted el resultado?"): the
// piece is an interview, whose first-person answers are the
// interviewee's, not the author's (rom20AuthorSentence).
func (ix *intl) rev20Interview(blocks []block) bool {
	for _, b := range blocks {
		t := strings.TrimRight(ix.x.text[b.start:b.end], "»\"” ")
		if !b.headline && strings.HasSuffix(t, "?") && !strings.ContainsAny(strings.TrimSuffix(t, "?"), ".!?") {
			return true
		}
	}
	return false
}

// rev20OthersView reports whether the sentence toks opens with a phrase
// of the language's according list and a first-person possessive ("Pour
// mon ami Marc, ce scrutin a été volé", "Según mi vecino, …", "Para a
// minha mãe, …"): the view is the one of the person named there, not the
// author's; "Para mí, …", "Pour moi, …" are the author's own.
func (ix *intl) rev20OthersView(toks []token) bool {
	n := matchPhrase(toks, 0, ix.lx.according)
	if n > 0 && n+1 < len(toks) && ix.lx.determiners[toks[n].lower] {
		n++ // "Segundo a minha mãe"
	}
	return n > 0 && n+1 < len(toks) && rev20Possessives[toks[n].lower] && !toks[n+1].is(",")
}

// rev20RelativeNotTheirs reports whether the relative clause from "qui"
// (toks[r]) to the quotation toks[k] (rom20RelativeSubject) gives no
// words of its antecedent: it ends at a comma before the quotation ("X,
// qui était conseiller, au poste de « … »", "X, qui dirige la mission,
// et a publié un communiqué saluant « … »"), or it is passive, the
// quotation being what others said of them ("X, qui avait été accusé
// d'« abus de pouvoir »", "qui est surnommé « … »", "qui est visé par
// une enquête pour « … »").
func rev20RelativeNotTheirs(toks []token, r, k int) bool {
	for i := r + 1; i < k; i++ {
		t := toks[i]
		if t.is(",") || t.word() && t.lower == "été" && i > r+1 && rev20Avoir[toks[i-1].lower] {
			return true
		}
		if t.word() && rev20Etre[t.lower] && i+1 < k && toks[i+1].word() && rev20Participle(toks[i+1].lower) {
			return true
		}
	}
	return false
}

// rev20Participle reports whether w ends as a French past participle of
// the first conjugation ("accusé", "surnommée", "visés").
func rev20Participle(w string) bool {
	for _, e := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// rev20NameOnly returns the name that ends the person p without the
// lower-case word before it that backward took as an office ("chez Marc
// Petit", "limogé Marc Petit": a preposition or a verb, no office), or p.
func (ix *intl) rev20NameOnly(toks []token, p phrase) phrase {
	if p.lo >= p.hi || !toks[p.lo].word() || toks[p.lo].cap || ix.lx.isRole(toks[p.lo].lower) || ix.lx.determiners[toks[p.lo].lower] {
		return p
	}
	for i := p.lo + 1; i < p.hi; i++ {
		if !toks[i].word() || !toks[i].cap {
			continue
		}
		if q := ix.forward(toks, i); q.ok() && q.hi == p.hi && ix.isPerson(q) {
			return q
		}
		break
	}
	return p
}
