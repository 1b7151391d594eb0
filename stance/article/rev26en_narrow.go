package article

import "strings"

// This file holds the twenty-sixth session review's narrowings of the
// rec25en rules (rec25en_who.go, rec25en_introduced.go).

// rev26Nominal reports whether w, the word before a claiming word, makes
// it a noun: a determiner ("the claims", "those claims") or a possessive
// ("Kell's claims", "the opposition’s claim").
func rev26Nominal(w string) bool {
	return determiners[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// rev26Turns reports whether words hold a conjunction that turns to a
// clause of the speaker's own (withinConjunctions other than "and" and
// "so": "but", "though", "while", "however" …).
func rev26Turns(words []string) bool {
	for _, w := range words {
		if withinConjunctions[w] && w != "and" && w != "so" && w != "since" {
			return true
		}
	}
	return false
}

// rev26Para follows who was in play as each sentence and its paragraph
// began, for rec25Introduced. A person introduced in a sentence without
// a remark is whom the next sentence's "he said" or "she said" means when
// the paragraph opened with that introduction, or nobody came into play
// in the paragraph before it ("International observers gave a mixed
// verdict. The vote was calm, said Lisa Brandt, … “…,” she told
// reporters"). When someone did ("“People were angry,” said Jaan Org, an
// analyst. Turnout was the highest since 1992, when Piet Vos won. “…,” he
// said"; "Otto Kell addressed supporters. The rally was held outside the
// party founded by Piet Vos. “…,” he said"), the background sentence
// between leaves the pronoun with them.
type rev26Para struct {
	// cur and prev are lastSingular as the current and the previous
	// sentence began; curPara and prevPara as their paragraphs began.
	cur, prev, curPara, prevPara *speaker
	// curToks and prevToks are the current and the previous sentence.
	curToks, prevToks []token
}

// shift moves the current sentence's state to the previous one; last is
// lastSingular as the current sentence begins, first is set when it opens
// its paragraph.
func (p *rev26Para) shift(last *speaker, first bool, toks []token) {
	p.prev, p.prevPara = p.cur, p.curPara
	p.prevToks, p.curToks = p.curToks, toks
	p.cur = canonOf(last)
	if first {
		p.curPara = p.cur
	}
}

// inPlay reports whether someone came into play in the previous
// sentence's paragraph before that sentence began.
func (p *rev26Para) inPlay() bool {
	return p.prev != p.prevPara
}

// background reports whether the previous sentence names s only in a
// background detail, not as a new voice: in a clause a subordinator opens
// ("Turnout was the highest since 1992, when Piet Vos won", "a stadium
// named after Piet Vos"), or as the agent of a participle that modifies
// something else ("the Unity Party, founded by Piet Vos in 1990", "the
// court, headed by Mara Ovid since 2019"). A main clause's passive
// introduces a voice ("That call was echoed in the capital by Mara Ovid",
// "the findings were presented on Tuesday by Lisa Brandt"): a form of
// "be" within eight words before "by", with no punctuation between.
func (p *rev26Para) background(s *speaker) bool {
	toks, j := p.prevToks, p.nameAt(s)
	if j < 0 {
		return false
	}
	for m := j - 1; m >= 0 && toks[m].word(); m-- {
		if rev26Subordinators[toks[m].lower] {
			return true
		}
	}
	if j < 2 || !toks[j-1].is("by") {
		return false
	}
	for m := j - 2; m >= 0 && m >= j-9; m-- {
		if !toks[m].word() {
			return true
		}
		if copulas[toks[m].lower] || rev26BeForms[toks[m].lower] {
			return false
		}
	}
	return true
}

// voiceFrom reports whether the previous sentence names s as the source
// of a remark a noun of speech stands for, after "from" or "by" ("A call
// for calm came instead from Ivo Kask", "A different note was struck by
// Mia Roe", "Criticism also came from Piet Vos"): such a sentence
// introduces a new voice even when another speaker is in play in the
// paragraph, and the next sentence's pronoun is theirs.
func (p *rev26Para) voiceFrom(s *speaker) bool {
	toks, j := p.prevToks, p.nameAt(s)
	if j < 2 || !(toks[j-1].is("from") || toks[j-1].is("by")) {
		return false
	}
	for m := j - 2; m >= 0 && toks[m].word(); m-- {
		if rev26VoiceNouns[toks[m].lower] {
			return true
		}
	}
	return false
}

// nameAt is the index in the previous sentence where s's name begins,
// titles and first names included, or -1.
func (p *rev26Para) nameAt(s *speaker) int {
	f := strings.Fields(s.name)
	if len(f) == 0 {
		return -1
	}
	toks, sur := p.prevToks, lowerWord(f[len(f)-1])
	j := 0
	for j < len(toks) && !(toks[j].word() && toks[j].lower == sur) {
		j++
	}
	if j == len(toks) {
		return -1
	}
	for j > 0 && toks[j-1].word() && toks[j-1].cap {
		j--
	}
	return j
}
