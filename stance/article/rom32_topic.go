package article

// Round-ups turn from one camp to the next with a topic phrase, then
// tell the topic's reaction with a pronoun or, in Spanish and Portuguese,
// no subject at all: "Quant à l'opposition, elle a rejeté les résultats",
// "Quant à Anna Ruiz, elle a refusé de …", "En cuanto a la oposición,
// rechazó los resultados", "Quanto aos observadores, eles consideraram
// que …". The topic sits after a preposition, so it was no subject, and
// the pronoun found the last person named before, or no one. When the
// sentence opens with a topic phrase of the language (rom32TopicOpeners),
// a person, an office or a group (ml32_group.go) after it, then a comma,
// and the verb follows the comma with nothing between but a subject
// pronoun, auxiliaries, clitics and negations, the topic is the verb's
// subject. A verb further on ("Quant à l'opposition, le ministre a …")
// has its own subject.

// rom32TopicSubject returns the topic of a sentence opened by a topic
// phrase when it is the subject of the verb toks[v], or no phrase.
func (ix *intl) rom32TopicSubject(toks []token, v int) phrase {
	n := matchPhrase(toks, 0, rom32TopicOpeners[ix.lx.code])
	if n == 0 || n >= v {
		return phrase{}
	}
	p := ix.forward(toks, n)
	if !p.ok() || p.kind != pName && p.kind != pRole {
		p = ix.ml32GroupAfter(toks, n)
	}
	if !p.ok() || p.hi >= v || !toks[p.hi].is(",") {
		return phrase{}
	}
	for k := p.hi + 1; k < v; k++ {
		w := toks[k].lower
		switch {
		case !toks[k].word():
			return phrase{}
		case k == p.hi+1 && rom32TopicPronouns[ix.lx.code][w]:
		case ix.lx.preverbs[w] || ix.lx.auxiliaries[w] || ix.lx.clitics[w] || ix.lx.negators[w]:
		default:
			return phrase{}
		}
	}
	return p
}
