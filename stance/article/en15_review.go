package article

import "strings"

// This file holds the review of the fifteenth session's English acts.

// selfDescribed reports whether the naming verb toks[i] has a reflexive
// and an indefinite description after it ("who describes herself as a
// centrist", "brands himself a reformer"): a profile's introduction of
// the person, no act of stance. A definite description ("described
// himself as the rightful winner") is a claim and stays an act.
func selfDescribed(toks []token, i int) bool {
	if !selfNamingVerbs[toks[i].lower] || i+2 >= len(toks) || !toks[i+1].word() || !reflexives[toks[i+1].lower] {
		return false
	}
	k := i + 2
	if toks[k].is("as") && k+1 < len(toks) {
		k++
	}
	return toks[k].is("a") || toks[k].is("an")
}

// relativeTimeBack steps back from toks[k], the word before a verb, over
// a short time adverbial that follows a relative "who" ("Lena Dal, who
// in 2019 accused the government of stealing ballot boxes, said …", "who
// last year criticised the count"): the verb is the relative clause's,
// which ends at the next comma, not the sentence's, whose "said" the
// clause had swallowed into one action. It returns the index of "who",
// or k.
func relativeTimeBack(toks []token, k int) int {
	for j := k - 1; j >= 2 && j >= k-3; j-- {
		if !toks[j].is("who") {
			continue
		}
		if !toks[j-1].is(",") || !toks[j+1].word() || !timePreps[toks[j+1].lower] && !toks[j+1].is("last") {
			return k
		}
		for m := j + 2; m <= k; m++ {
			if !toks[m].word() || sayVerbs[toks[m].lower] || contentVerbs[toks[m].lower] || copulas[toks[m].lower] {
				return k
			}
		}
		return j
	}
	return k
}

// verbWithObject reports whether toks[k] is a past verb with its object
// after it ("The president sacked the army chief, Ivo Kask, on Monday"):
// the office before it is the subject, not the start of a description of
// the name after the comma (describedOpening), which had made the
// sacked man the sentence's opener — and the speaker of its ", saying …".
// A participle of a description takes "by" ("The candidate backed by the
// ruling party, Ivo Kask, said") and stays one.
func verbWithObject(toks []token, k int) bool {
	if k+1 >= len(toks) || !toks[k].word() || toks[k].cap || !strings.HasSuffix(toks[k].lower, "ed") {
		return false
	}
	n := toks[k+1]
	return n.word() && (n.is("the") || n.is("a") || n.is("an") || n.is("his") || n.is("her") || n.is("its") || n.is("their"))
}
