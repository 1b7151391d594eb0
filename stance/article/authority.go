package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// The head of an election authority — the chair of the electoral
// commission, the president of the electoral court or council — speaks
// for the count the authority announced: "If anyone says there was
// rigging, let him bring the evidence", "Those who want to start again
// should tell us which law allows it", "turnout was 57 per cent". The
// model, trained on leaders' statements, reads the rigging, the law and
// the challenge in such words as hostile or withholding. So a remark of
// such a speaker takes the evidence of a claim that recognises the result
// (claimPrediction): an unsure reading gives way, a confident hostile one
// ("I will not sign these figures") stays. A deputy or a former head may
// dissent from the count ("the commission's vice chair said they could
// not take ownership of the result"), so only the head counts.

// authoritySpeakers returns the speakers whose role (or a name form that
// carries it, "Electoral Commission chairman Simon Byabakama") makes them
// the head of an election authority (isAuthorityHead).
func authoritySpeakers(remarks []Remark) map[string]bool {
	out := make(map[string]bool)
	for _, rm := range remarks {
		if rm.Speaker == "" || out[rm.Speaker] {
			continue
		}
		for _, f := range append([]string{rm.Role}, rm.Aliases...) {
			if isAuthorityHead(f) {
				out[rm.Speaker] = true
				break
			}
		}
	}
	return out
}

// isAuthorityHead reports whether a role names the head of an election
// authority: an electoral word, a body and a head's title
// ("Superior Electoral Court president", "chairman of the Independent
// National Electoral Commission"), with no deputy's or former holder's
// word ("vice chair", "former election commission chief") and no word of a
// party or parliament, whose election committees do not run the count
// ("head of the opposition party's election committee", "chairman of the
// parliamentary committee on elections"). An acting chair is the head.
func isAuthorityHead(role string) bool {
	var electoral, body, head bool
	for _, w := range actionWords(strings.ReplaceAll(role, "-", " ")) {
		switch {
		case deputyWords[w] || partisanWords[w]:
			return false
		case electoralWords[w]:
			electoral = true
		case authorityBodies[w]:
			body = true
		case authorityHeads[w]:
			head = true
		}
	}
	return electoral && body && head
}

// authorityRun multiplies a direct or reported remark's probabilities by
// a recognising claim's evidence (actions keep their verb rule's verdict).
func (r Reader) authorityRun(a Analysis) Analysis {
	if a.Kind == Action || !a.AboutResult || r.Classifier == nil {
		return a
	}
	if p, ok := claimPrediction(a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
	}
	return a
}

// An officer of an election authority — its head, or a "commission chief"
// or "council president" whose body the article named before — often only
// reports how the count goes: "Turnout stood at 61 per cent", "All
// precincts have reported", "The day passed calmly at every polling
// station". Such a report judges neither the winner nor the vote, and
// reporting of reactions does not count it as a stance; the judge, trained
// on leaders' statements, reads the count and the ballots as about the
// result. So a remark of an officer that is procedural is off the result:
// it speaks of the count's procedure, figures or conduct (procedureWords
// or a number), names neither the winner nor a rival, and has no word of
// a verdict (verdictWords: "clean", "irreversible", "confirmed the
// result", "fraud"), no claim (claim.go) and no verb rule's verdict. An
// officer's remark that judges ("the count was clean", "Lima won") stays
// about the result.

// officerSpeakers returns the speakers whose role (or a name form that
// carries it) makes them an officer of an election authority: its head
// (isAuthorityHead) or the head of a body with no electoral word
// ("commission chief", "council president"), not a deputy's or a party's.
func officerSpeakers(remarks []Remark) map[string]bool {
	out := make(map[string]bool)
	for _, rm := range remarks {
		if rm.Speaker == "" || out[rm.Speaker] {
			continue
		}
		for _, f := range append([]string{rm.Role}, rm.Aliases...) {
			if isAuthorityHead(f) || isBodyHead(f) {
				out[rm.Speaker] = true
				break
			}
		}
	}
	return out
}

// isBodyHead reports whether a role is the head of a body named by its
// kind alone, with no electoral word ("commission chairman", "Tribunal
// president", "the council's president"): the body word opens the role
// (after "the") and the head's title ends it, so "European Commission
// President" (a body of its own) is not one. The article names the
// electoral body before; what such an officer says is read by procedural,
// which only takes away reports of the count.
func isBodyHead(role string) bool {
	w := actionWords(role)
	if len(w) > 0 && w[0] == "the" {
		w = w[1:]
	}
	if len(w) != 2 {
		return false
	}
	return authorityBodies[strings.TrimSuffix(strings.TrimSuffix(w[0], "'s"), "’s")] && authorityHeads[w[1]]
}

// procedural reports whether a run reports only the count's procedure,
// figures or conduct, in the election's context (see above).
func procedural(ctx stance.Context, run string) bool {
	words := actionWords(run)
	count := false
	for i, w := range words {
		switch {
		case verdictWords[w] && !off24ResultCompound(words, i) || off24Stands(words, i) || off24TamperWords[w]: // off24_officer.go: "result sheets", "the majority stands", "sheets were altered"
			return false
		case procedureWords[w] || startsWithDigit(w):
			count = true
		}
	}
	if !count {
		return false
	}
	if winner, rival := mentionsIn(ctx, words); winner || rival {
		return false
	}
	return actionStance(ctx, run) == verdictNone && claimStance(ctx, run) == verdictNone
}
