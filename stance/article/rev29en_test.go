package article

import "testing"

func TestRev29enVerdictOnOther(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// a verdict on the vote, or with no object, still defers
		{"the foreign ministry would give its assessment of the election only once the results were certified", true},
		{"the mission would give its view on the vote only after the recount", true},
		{"the network would publish its own assessment only after checking the commission's totals", true},
		// a verdict on something else waits for the count but judges no result
		{"her firm would publish its own assessment of the swing only after the final count", false},
		{"the central bank would give its view on interest rates only after the results were final", false},
		{"the institute would publish its findings on turnout by age after the count was finished", false},
		{"he would publish his own evaluation of the exit poll after the official count", false},
		{"the campaign would draw its own conclusions about the television debates once the results were in", false},
	}
	for _, c := range cases {
		if got := rec29enVerdictDeferred(c.text); got != c.want {
			t.Errorf("rec29enVerdictDeferred(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRev29enPartOfVoters(t *testing.T) {
	winners := claimForms([]string{"Ana Lima", "Lima"}, []string{"Rui Sousa", "Sousa"})
	cases := []struct {
		text string
		want bool
	}{
		{"voters had rewarded Lima for her reforms", true},
		{"the people have chosen Lima", true},
		// a part of the electorate: who voted for whom
		{"young people backed Lima in the university towns", false},
		{"younger voters had backed Lima because of her housing plan", false},
		{"women voters backed Lima more strongly than men", false},
	}
	for _, c := range cases {
		if got := rec29enVotersChoseWinner(actionWords(c.text), winners); got != c.want {
			t.Errorf("rec29enVotersChoseWinner(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRev29enCommentators(t *testing.T) {
	// the head of a coalition of monitoring groups watches the vote; a
	// think tank's fellow comments on it.
	if commentatorApposition(", who coordinates a coalition of domestic monitoring groups, said") {
		t.Errorf("a coordinator of monitoring groups read as a commentator")
	}
	if !commentatorApposition(", who coordinates the health ministry's response, said") {
		t.Errorf("a coordinator of a ministry's response not read as a commentator")
	}
	if !commentatorApposition(", a senior fellow at the Nordic Policy Forum.") {
		t.Errorf("a senior fellow not read as a commentator")
	}
	if commentatorApposition(", a fellow senator from the coast, said") {
		t.Errorf("a fellow senator read as a commentator")
	}
}
