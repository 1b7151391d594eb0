package article

// More words of a commentator's verdict (off28_verdict.go): trust in the
// count ("the figures cannot be trusted", "a credible result"), the
// people's choice ("the people have spoken, and Lima is their choice"),
// a vote called a sham or a farce ("this vote was a sham", "the numbers
// are a fabrication"), and waiting before a verdict ("we will wait for
// the joint session"). An analysis of the vote rarely uses them; a
// commentator who does takes a position on the result.
var rev28offVerdictWords = wordSet(`trust trusted trustworthy untrustworthy distrust credible credibility
	choice chose chosen spoken sham farce charade fake fabricated fabrication falsified falsification
	wait waiting await awaiting`)
