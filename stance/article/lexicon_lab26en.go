package article

// Words of lab26en_object.go and lab26en_dispute.go.
var (
	// lab26enObjectEnds end the noun phrase of a greeting's object after a
	// winner's title ("congratulated the president-elect and praised B").
	lab26enObjectEnds = wordSet(`and on for but while as then before after`)
	// lab26enDisputeVerbs are the verbs of disputing a result that a
	// negation renounces ("had not contested the count", "will not
	// challenge the result", "did not question the outcome").
	lab26enDisputeVerbs = wordSet(`challenge challenges challenged challenging contest contests contested
		contesting dispute disputes disputed disputing fight fights fought fighting question questions
		questioned questioning`)
	// lab26enDisputeNouns are the nouns of a campaign against the winner
	// or the result that a negation denies ("not a campaign against the
	// president", "not a challenge to the result").
	lab26enDisputeNouns = wordSet(`campaign crusade challenge fight war move bid`)
	// lab26enBetween may stand between a negation and the verb or noun it
	// renounces ("had not been contested", "would not try to challenge",
	// "not a campaign against", "not any kind of challenge to").
	lab26enBetween = wordSet(`be been being have has had to going try trying seek seeking intend plan
		want wish formally legally publicly seriously even ever a an any kind sort of`)
	// lab26enPronouns may be the subject of a clause that is still the
	// speaker's ("even as he demanded a recount"; lab26en_otherclause.go).
	lab26enPronouns = wordSet(`he she they it we i you his her their its our my`)
	// lab26enPassVerbs say that a candidate passed a mark of the count
	// (lab26en_claim.go: "Lima had passed 51 percent").
	lab26enPassVerbs = wordSet(`passed crossed cleared topped exceeded surpassed broke passing crossing
		clearing topping exceeding surpassing`)
	// lab26enMarks are the marks a count may pass.
	lab26enMarks = wordSet(`percent per threshold majority mark half`)
	// lab26enFailWords hold a mark back unpassed ("failed to cross").
	lab26enFailWords = wordSet(`failed fail fails failing short nearly almost barely`)
	// lab26enIsVerbs equate the result with the voters' will ("the result
	// was the will of the citizens", "the outcome reflects the people's
	// choice").
	lab26enIsVerbs = wordSet(`is was reflects reflected represents represented expresses expressed embodies`)
	// lab26enAcceptVerbs accept the result by a pronoun ("she would accept
	// them"; lab26en_claim.go).
	lab26enAcceptVerbs = wordSet(`accept accepts accepted accepting respect respects respected`)
	// lab26enAgainst join a dispute noun to its object.
	lab26enAgainst = wordSet(`against to on`)
)
