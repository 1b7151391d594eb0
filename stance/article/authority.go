package article

import "strings"

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
