package article

import "strings"

// "Greeted" with the result for object is a recognition, as "welcomed"
// is: "In Paris, the new president, Ivo Kask, greeted Lima's re-election
// in a statement", "Western capitals greeted her run-off victory with
// relief". It needs the result as object (objectStems: "greeted his
// supporters", "greeted the crowd" are no reaction to the vote), and a
// cool reception is none ("greeted the result with silence", "greeted the
// outcome with scepticism"); the passive ("was greeted with relief",
// "was greeted by X") is read elsewhere (passiveby.go).

// rec28enCoolGreeting reports whether words[i] is a form of "greet"
// followed within eight words by "with" and, within three words after
// it, a word of a cool reception (rec28enCoolWords, guardedWords).
func rec28enCoolGreeting(words []string, i int) bool {
	if !strings.HasPrefix(words[i], "greet") {
		return false
	}
	for k := i + 1; k < len(words) && k <= i+8; k++ {
		if rec28enCoolAdverbs[words[k]] {
			return true
		}
		if words[k] != "with" {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+3; j++ {
			if rec28enCoolWords[words[j]] || guardedWords[words[j]] {
				return true
			}
		}
	}
	return false
}

// rec28enGreetsResult reports whether toks[i] is an active "greeted"
// whose object within five words is the result (resultObject) and that
// is no cool reception: "greeted Lima's re-election", not "greeted his
// supporters", "was greeted with relief" or "greeted the result with
// silence".
func rec28enGreetsResult(toks []token, i int) bool {
	if !toks[i].word() || !rec28enGreetVerbs[toks[i].lower] || i > 0 && toks[i-1].word() && passiveAux[toks[i-1].lower] {
		return false
	}
	words := []string{toks[i].lower}
	for k := i + 1; k < len(toks) && k <= i+10 && toks[k].word(); k++ {
		words = append(words, toks[k].lower)
	}
	return rec28enGreetObject(rec28enDirectObject(words)) && !rec28enCoolGreeting(words, 0)
}

// rec28enGreetObject reports whether the object of "greeted" (obj, the
// verb first) holds the result within five words (resultNouns, winWords),
// or a word of the vote (resultObjectWords) that ends the object or takes
// "of": "greeted her re-election", "greeted the election of Dal", not
// "greeted election observers", where "election" only qualifies a noun.
func rec28enGreetObject(obj []string) bool {
	for k := 1; k < len(obj) && k <= 5; k++ {
		w := obj[k]
		if resultNouns[w] || winWords[w] {
			return true
		}
		if resultObjectWords[w] && (k+1 == len(obj) || obj[k+1] == "of") {
			return true
		}
	}
	return false
}

// rec28enDirectObject returns words (a verb and what follows it) cut at
// the first word that ends its object (rec28enGreetStops, a gerund or
// participle in -ing).
func rec28enDirectObject(words []string) []string {
	for k := 1; k < len(words); k++ {
		if rec28enGreetStops[words[k]] || strings.HasSuffix(words[k], "ing") {
			return words[:k]
		}
	}
	return words
}

// rec28enDelivers reports whether toks[i] is an active "delivered" with a
// greeting (greetingNouns) within its next three words.
func rec28enDelivers(toks []token, i int) bool {
	if !toks[i].word() || !rec28enDeliverVerbs[toks[i].lower] || i > 0 && toks[i-1].word() && passiveAux[toks[i-1].lower] {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3 && toks[k].word(); k++ {
		if greetingNouns[toks[k].lower] {
			return true
		}
	}
	return false
}
