package article

// A clause read by a fallback (inferable, intl_fallback.go) counts as
// speaking of the vote when it has a word of the election; but the vote is
// often only when something else happened: "X envió una delegación a
// Ostrav dos días antes de las elecciones", "X a tenu un sommet au
// lendemain du scrutin", "X провёл заседание после выборов", "X feierte am
// Wahlabend Geburtstag". Such a clause tells of travel, a meeting or a
// birthday, not of the result. rev33mlVoteAsTime reports whether every
// word of the vote in toks lies in such a time adverbial (a time word and
// the next few words up to the vote's noun), and the clause has at least
// one: then it is no remark. A word of recognition ends the adverbial
// ("después de las elecciones reconoció …" stays). So with a cause whose
// noun is the vote itself ("X aplazó su partido por las elecciones",
// "wegen der Wahl"), but not with one that names another noun first ("por
// fraude en las elecciones"). A word of the vote next
// to one that makes it another vote ("Le Mali et le Niger ont organisé
// leurs propres élections en 2020", "… prépare les prochaines élections")
// counts no more than one in a time adverbial. Only a clause of one
// piece: one that goes on after a comma ("X в день голосования пригрозил
// …, а через неделю исключил …") may tell a stance with no word of the
// vote, as a person's remark of the fallback does.

// rev33mlVoteAsTime reports whether toks speaks of the vote only as a time.
func (ix *intl) rev33mlVoteAsTime(toks []token) bool {
	times := rev33mlVoteTimes[ix.lx.code]
	if times == nil || !ix.aboutVote(toks) {
		return false
	}
	for _, t := range toks {
		if t.is(",") || t.is(";") || t.is(":") || t.is("(") {
			return false
		}
	}
	var rest []token
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.word() && ix.lx.code == "de" && rev33mlVoteTimeNouns[t.lower] {
			continue // "am Wahlabend"
		}
		if t.word() && ix.rev33mlOtherVote(toks, i) {
			continue // "leurs propres élections", "les prochaines élections"
		}
		cause := t.word() && rev33mlVoteCauses[ix.lx.code][t.lower]
		if !t.word() || !times[t.lower] && !cause {
			rest = append(rest, t)
			continue
		}
		last := -1
		for k := i + 1; k < len(toks) && k <= i+4 && toks[k].word(); k++ {
			w := unelided(toks[k].lower)
			if hasAnyPrefix(w, ix.lx.recognitionStems) {
				break
			}
			if cause && last < 0 && !ix.lx.determiners[w] && len([]rune(w)) > 3 && !ix.aboutVote(toks[k:k+1]) {
				break // "por fraude en las elecciones" is no cause of the vote's
			}
			if ix.aboutVote(toks[k : k+1]) {
				last = k
			}
		}
		if last < 0 {
			rest = append(rest, t)
			continue
		}
		i = last // the adverbial "antes de las elecciones" is skipped
	}
	return !ix.aboutVote(rest)
}

// rev33mlQuestion reports whether the sentence toks asks a question
// ("¿Reconocerá la Unión Europea la reelección de X?"): it tells of no act.
func rev33mlQuestion(toks []token) bool {
	n := len(toks)
	return n > 0 && (toks[n-1].is("?") || toks[0].is("¿"))
}

// rev33mlOtherVote reports whether toks[i] is a word of the vote next to a
// word of rev33mlOtherVotes ("propias elecciones", "élections municipales").
func (ix *intl) rev33mlOtherVote(toks []token, i int) bool {
	if !ix.aboutVote(toks[i:i+1]) || hasAnyPrefix(unelided(toks[i].lower), ix.lx.recognitionStems) {
		return false
	}
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(toks) && toks[k].word() && hasAnyPrefix(toks[k].lower, rev33mlOtherVotes[ix.lx.code]) {
			return true
		}
	}
	return false
}
