package stance

// Label is a class a model predicts.
type Label string

// The stances toward recognising an election's declared winner.
const (
	// Recognising congratulates the declared winner, accepts the result
	// (grudgingly included) or commits to work with the winner.
	Recognising Label = "recognising"
	// Withholding delays or declines recognition without rejecting the
	// result: waiting for official, legal or final results, "too early",
	// taking note, calling for verification.
	Withholding Label = "withholding"
	// Hostile rejects the result or its legitimacy, alleges fraud, attacks or
	// mocks the other side, says relations are ruined, or recognises a rival
	// claimant.
	Hostile Label = "hostile"
)

// LeaderLabels are the labels of the leaders' corpus, in report order.
var LeaderLabels = []Label{Recognising, Withholding, Hostile}

func (l Label) String() string { return string(l) }
