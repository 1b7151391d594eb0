package article

// Words that narrow lab24en's rules (rev24len_narrow.go).
var (
	// rev24Provisional after a renounced court case or obstruction make it
	// a pause, not a renunciation: "will not take the result to court yet",
	// "for now", "at this stage", "for the time being", "reserves the right".
	rev24Provisional = wordSet(`yet reserve reserves reserved reserving`)
	// rev24ProvisionalPairs are the two-word forms of rev24Provisional.
	rev24ProvisionalPairs = map[[2]string]bool{
		{"for", "now"}: true, {"this", "stage"}: true, {"this", "point"}: true, {"time", "being"}: true,
		{"the", "moment"}: true,
	}
	// rev24Conditions are conditions that conditionWords lack ("provided
	// the commission publishes", "as long as the court confirms").
	rev24Conditions = wordSet(`provided providing`)
	// rev24Reasons open the reason for renouncing a court case; when the
	// reason names the courts or judges, the speaker distrusts them
	// ("will not go to court because the courts are captured").
	rev24Reasons = wordSet(`because since`)
	// rev24Contests are the nouns of a challenge to the result: a dispute
	// verb whose object is one of them ("keep fighting the challenges to
	// the result") fights the challenge, not the result.
	rev24Contests = wordSet(`challenge challenges claim claims attempt attempts bid bids petition
		petitions appeal appeals lawsuit lawsuits complaint complaints effort efforts allegations`)
	// rev24Vows are the vowing verbs of lab24GoOn: a past vow ("had vowed
	// to keep fighting") still says the dispute goes on.
	rev24Vows = wordSet(`vow vows vowed vowing pledge pledges pledged pledging swear swore sworn`)
	// rev24Anyone are the generic subjects of a claim the speaker answers
	// ("anyone who says Lind won by fraud is lying").
	rev24Anyone = wordSet(`anyone anybody those whoever`)
	// rev24Alleging are verbs that attribute a foul win to others that
	// claimHedges lack ("the opposition allege Lind won with bribes").
	rev24Alleging = wordSet(`allege accuse accuses accused accusing`)
)
