package article

import (
	"slices"
	"strings"
)

// A verdict on how the vote was held, in English, is about the result
// (GUIDELINES.md, "Process without doubt": a complaint that calls the
// count into question is not off topic). The judge reads such remarks as
// off topic when they name neither the winner nor the result: "the vote
// had taken place in a climate of fear", "the playing field was not
// level", "voters were able to express their will freely". conductVerdict
// reads two constructions:
//
//   - an uneven contest: "playing field" with a word of unevenness or a
//     negation within four words after it ("was not level", "was
//     tilted", "far from level"), or a climate or atmosphere of fear or
//     intimidation in a clause that names the vote; withholding (rule 4:
//     concerns about the conduct, no word of fraud);
//   - voters free to choose: a noun of the voters, then "freely" within
//     six words of a verb of choosing ("were able to express their will
//     freely", "voted freely", "could freely choose"); recognising (the
//     vote declared free, as fairlyHeld in claim.go).
//
// A clause with a demand, condition, hope or doubt ("voters must be able
// to vote freely", "if the playing field is not level") is no verdict,
// and a clause that does not name the vote, the contest or the voters
// ("a level playing field for exporters") is left to the judge.

// conductNegWords make a playing field uneven.
var conductNegWords = wordSet(`not never uneven unlevel tilted skewed unequal far hardly anything`)

// conductClimate are the nouns of a climate ("a climate of fear") and
// conductFear what it is a climate of.
var (
	conductClimate = wordSet(`climate atmosphere`)
	conductFear    = wordSet(`fear intimidation repression coercion terror threats`)
)

// conductVotes name the vote, the contest or the voters; conductVoters
// only the voters; conductChoose the verbs of their free choice.
var (
	conductVotes  = wordSet(`vote votes voting election elections poll polls polling ballot ballots campaign runoff count`)
	conductVoters = wordSet(`voters voter people citizens electorate electors`)
	conductChoose = wordSet(`express expressed expressing vote voted voting choose chose chosen choosing cast`)
)

// conductHolds turn a verdict into a demand, condition, hope or doubt.
var conductHolds = wordSet(`must should need needs needed if unless whether hope hopes hoped ensure ensured urged urge called calls demand demanded`)

// conductVerdict returns the verdict on the vote's conduct that run states
// (see above), or verdictNone.
func conductVerdict(run string) actionVerdict {
	for _, clause := range strings.FieldsFunc(run, func(r rune) bool { return strings.ContainsRune(";.:!?", r) }) {
		words := actionWords(clause)
		if slices.ContainsFunc(words, func(w string) bool { return conductHolds[w] }) {
			continue
		}
		if unevenContest(words) {
			return verdictWithholding
		}
		if votersChoseFreely(words) {
			return verdictRecognising
		}
	}
	return verdictNone
}

// unevenContest reports whether words say the playing field was uneven or
// the vote was held in a climate of fear (see conductVerdict).
func unevenContest(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "playing" && words[i+1] == "field" {
			if slices.ContainsFunc(words[i+2:min(len(words), i+6)], func(w string) bool { return conductNegWords[w] }) {
				return true
			}
		}
		if conductClimate[words[i]] && i+2 < len(words) && words[i+1] == "of" && conductFear[words[i+2]] &&
			slices.ContainsFunc(words, func(w string) bool { return conductVotes[w] }) {
			return true
		}
	}
	return false
}

// votersChoseFreely reports whether words name the voters, then "freely"
// within six words of a verb of choosing (see conductVerdict), with no
// negation between the voters and "freely".
func votersChoseFreely(words []string) bool {
	v := slices.IndexFunc(words, func(w string) bool { return conductVoters[w] })
	if v < 0 {
		return false
	}
	for k := v + 1; k < len(words); k++ {
		if words[k] != "freely" {
			continue
		}
		near := words[max(v+1, k-6):min(len(words), k+3)]
		if slices.ContainsFunc(near, func(w string) bool { return conductChoose[w] }) &&
			!slices.ContainsFunc(words[v:k], func(w string) bool { return w == "not" || w == "no" || w == "never" || w == "unable" || w == "cannot" }) {
			return true
		}
	}
	return false
}

// conductRun makes a remark that states a verdict on the vote's conduct
// about the result and labels it by the verdict, as a verb rule does
// (actionPrediction); ok is false when run states none.
func (r Reader) conductRun(a Analysis, run string) (Analysis, bool) {
	v := conductVerdict(run)
	if v == verdictNone || r.Classifier == nil {
		return a, false
	}
	a.AboutResult, a.AboutResultProbability = true, 1
	if p, ok := actionPrediction(v, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
	}
	return a, true
}
