package article

// Words of a challenge renounced (lab24en_renounce.go): a speaker who
// says they will not stand in the way of the winner or the transition,
// will not block it, or will not take the result to court, accepts the
// result ("I will not stand in the way of the man the people chose",
// "would not take the result to the Constitutional Court").
var (
	// lab24Stand are the verbs of "stand in the way" and "get in the way".
	lab24Stand = wordSet(`stand standing stood get getting got be`)
	// lab24Obstruct are the verbs that obstruct an object directly
	// ("will not block the transition").
	lab24Obstruct = wordSet(`block blocking obstruct obstructing hinder hindering impede impeding
		sabotage sabotaging frustrate frustrating`)
	// lab24Carry are the verbs that carry a dispute to a court ("take the
	// result to court").
	lab24Carry = wordSet(`take taking took bring bringing carry carrying`)
	// lab24Carried are what may be carried there: the result, or the
	// dispute over it.
	lab24Carried = wordSet(`it matter dispute case fight`)
	// lab24Owners are the possessives of "in her way".
	lab24Owners = wordSet(`the her his their its`)
	// lab24Objects are, with the result's nouns, what a renounced
	// obstruction leaves alone: the new leader, their government or the
	// handover of power.
	lab24Objects = wordSet(`president president-elect government administration transition handover
		successor winner inauguration swearing-in will choice verdict mandate`)
	// lab24Streets turn a court renounced into a fight elsewhere ("not to
	// the courts but to the streets").
	lab24Streets = wordSet(`street streets protest protests boycott resist resistance`)
)

// Words of a dispute that goes on (lab24en_dispute.go): a continuation or
// a vow before a verb of disputing the result ("would keep fighting the
// declaration", "will continue to challenge the outcome", "vowed to
// contest the count"), and a win said to be got by foul means ("Lima had
// won on lies", "won through intimidation and vote buying").
var (
	// lab24GoOn are the verbs of going on or vowing; "on" after go, carry
	// and press is read as part of them.
	lab24GoOn = wordSet(`keep keeps kept keeping continue continues continued continuing go goes went
		going carry carries carried carrying press presses pressed vow vows vowed vowing pledge pledges
		pledged pledging swear swore sworn`)
	// lab24Dispute are the verbs of disputing a result.
	lab24Dispute = wordSet(`fight fighting challenge challenging contest contesting dispute disputing
		resist resisting reject rejecting oppose opposing`)
	// lab24Fillers may stand between a continuation and its verb ("continue
	// to challenge", "go on contesting", "vowed to keep fighting").
	lab24Fillers = wordSet(`to on up with and will would also legally politically`)
	// lab24Means are the prepositions that say how a win was got.
	lab24Means = wordSet(`through by on via thanks using with`)
	// lab24FairMeans are foulMeans words that also name fair support ("won
	// with the support of the ruling coalition"): no foul means alone.
	lab24FairMeans = wordSet(`state regime ruling government funds`)
	// lab24Foul add to foulMeans and fraudWords the foul means of a win
	// they lack.
	lab24Foul = wordSet(`buying vote-buying stuffing ballot-stuffing deceit deception manipulation
		repression bribes`)
	// lab24WinNouns are the nouns of a win that foul means may be said of.
	lab24WinNouns = wordSet(`victory win mandate majority re-election`)
)
