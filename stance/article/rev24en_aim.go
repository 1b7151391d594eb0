package article

import "github.com/stancekit/stancekit/stance"

// Review of rec24en's visits and callers (rev24en): a purpose or a rank
// of callers is a stance on the result only when it is aimed at the
// winner or the result. "flew to Lisbon to congratulate the national
// football team on its cup win", "visited the hospital to wish the
// injured officers well", "met General Vik, who had flown in to
// congratulate the troops", "was among the early callers to a radio
// phone-in on fuel prices" and "was one of the first well-wishers at the
// hospital" greet nobody who was elected.

// rev24enAimed reports whether the purpose words (words[0] the
// infinitive: "congratulate her", "wish the president-elect success",
// "hail her victory", "denounce the result") name the winner or a rival,
// take "him" or "her" as their object, name the winner by a word of
// winning ("the president-elect", "the winner") or name the result ("the
// result", "the count", "the election"). A victory or a win counts only
// when it is someone's by a personal pronoun ("her victory", not "the
// team's victory" or "its cup win"). "to concede" needs no object.
func rev24enAimed(ctx stance.Context, words []string) bool {
	if len(words) == 0 {
		return false
	}
	if words[0] == "concede" {
		return true
	}
	if rec24enWishForms[words[0]] {
		return rec24enWishWell(words, 0) // rev24enWishAimed: "wish the new president success"
	}
	if winner, rival := mentionsIn(ctx, words); winner || rival {
		return true
	}
	if len(words) > 1 && (words[1] == "him" || words[1] == "her") {
		return true
	}
	for k := 1; k < len(words) && k <= 6; k++ {
		if rev24enAimWord(words, k) {
			return true
		}
	}
	return false
}

// rev24enAimWord reports whether words[k] names the winner or the result
// (rev24enAimed).
func rev24enAimWord(words []string, k int) bool {
	w := words[k]
	if rev24enVictoryWords[w] {
		for j := k - 1; j >= 1 && j >= k-2; j-- {
			if rev24enPossessives[words[j]] {
				return true
			}
		}
		return false
	}
	if winWords[w] {
		return true
	}
	return (resultNouns[w] || resultObjectWords[w]) && !rev24enOtherMatter(words, k)
}

// rev24enOtherMatter reports whether the word of a result words[k] is
// another matter's by what follows it: a vote, a decision or a ruling on
// something or to do something ("the vote on the new budget", "the
// decision to raise fuel taxes", "the ruling on fishing rights"), or the
// outcome of something that is no election ("the outcome of the
// water-rights talks"); "the result on Monday" and "the result of the
// run-off" are the election's.
func rev24enOtherMatter(words []string, k int) bool {
	if k+1 >= len(words) {
		return false
	}
	switch words[k+1] {
	case "on", "over", "about", "against":
		return k+2 < len(words) && !rev24enWeekdays[words[k+2]]
	case "to":
		return true
	case "of":
		for j := k + 2; j < len(words) && j <= k+5; j++ {
			if rev24enElectionWords[words[j]] {
				return false
			}
		}
		return true
	}
	return false
}

// rev24enCallersAimed reports whether a rank of callers ending at
// words[n-1] (rec24enAmongCallers) greets the winner: a place or an
// occasion after it ("callers to …", "well-wishers at …") must name the
// winner, a pronoun, a word of winning or of the result, or a greeting
// ("to congratulate"); bare, "well-wishers" greet only when ranked early
// ("one of the first well-wishers"), since a crowd of well-wishers
// gathers for any occasion.
func rev24enCallersAimed(ctx stance.Context, words []string, n int) bool {
	rest := words[n:min(len(words), n+7)]
	if len(rest) > 0 && rev24enCallerLinks[rest[0]] {
		if winner, _ := mentionsIn(ctx, rest); winner {
			return true
		}
		for k, w := range rest {
			if w == "him" || w == "her" || rec24enGreetInfinitives[w] || k > 0 && rev24enAimWord(rest, k) {
				return true
			}
		}
		return false
	}
	if words[n-1] != "well-wishers" && words[n-1] != "wellwishers" {
		return true
	}
	for _, w := range words[:n-1] {
		if rev24enEarlyWords[w] {
			return true
		}
	}
	return false
}

// rev24enAimedAt is rev24enAimed on the tokens of a sentence, before the
// winner is known (the extractor): the purpose infinitive toks[v] counts
// when its object is a name (a capitalised word after it or after "the":
// "to congratulate Dal", "to congratulate the Social Democrats") or
// rev24enAimed finds "him", "her", a word of winning or of the result.
func rev24enAimedAt(toks []token, v int) bool {
	var words []string
	for k := v; k < len(toks) && k <= v+6 && toks[k].word(); k++ {
		if k == v+1 && toks[k].cap || k == v+2 && toks[k].cap && toks[k-1].is("the") {
			return true
		}
		words = append(words, toks[k].lower)
	}
	return rev24enAimed(stance.Context{}, words)
}

// rev24enCallersAimedAt is rev24enCallersAimed on the tokens of a
// sentence: the rank's words begin at toks[i] and take n words; a name
// (a capitalised word) in the place or occasion after them, up to the
// next link word, counts as the winner's ("among the first callers to
// Dal", not "among the callers to the flood hotline on Tuesday").
func rev24enCallersAimedAt(toks []token, i, n int) bool {
	var words []string
	for k := i; k < len(toks) && k <= i+n+6 && toks[k].word(); k++ {
		if k > i+n && rev24enCallerLinks[toks[k].lower] {
			break
		}
		if k > i+n && toks[k].cap {
			return true
		}
		words = append(words, toks[k].lower)
	}
	return rev24enCallersAimed(stance.Context{}, words, n)
}

// rev24enWishAimed reports whether a wish of success, well or luck
// (words[i] a form of "wish", words[k] its noun: rec24enWishWell) is
// wished the winner in office: its object is a pronoun or a name ("wished
// her success", "wished Dal well"), or a phrase opened by a determiner
// that names an office or the winner ("the new president", "the
// president-elect"); not "the injured officers", "both candidates", "the
// outgoing president", and not a wish for a contest still to come
// ("wished her luck in the primaries").
func rev24enWishAimed(words []string, i, k int) bool {
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		if rev24enContestWords[words[j]] {
			return false
		}
	}
	obj := words[i+1 : k]
	if len(obj) == 0 || pronounObjects[obj[0]] {
		return true
	}
	for _, w := range obj {
		if rev24enFormerWords[w] {
			return false
		}
	}
	if !rev24enDeterminers[obj[0]] {
		return true // a name: "wished Dal well"
	}
	for j, w := range obj {
		if rev24enWishTitles[w] || rev24enAimWord(obj, j) {
			return true
		}
	}
	return false
}

// rev24enWishToRival reports whether a wish purpose (cut, from its
// infinitive on) is wished a rival met or visited before it (lead, the
// words before the infinitive): "went to see Kell to wish him well in
// opposition" is a kindness to the loser, no verdict on the result, as
// "wished Kell well" is (actionStanceOf).
func rev24enWishToRival(ctx stance.Context, lead, cut []string) bool {
	if len(cut) == 0 || !rec24enWishForms[cut[0]] {
		return false
	}
	winner, rival := mentionsIn(ctx, lead)
	return rival && !winner
}
