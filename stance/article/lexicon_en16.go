package article

// orgHeadWords head the name of a body that goes on with "of" and a
// proper name ("the Organization of American States", "the Bishops'
// Conference of the Philippines", "the Bank of Norland"): the "of" is
// inside the name, not a speaker's origin (orgOf). Heads the reader
// already knows as institutions ("Council of Europe") need no entry.
var orgHeadWords = wordSet(`organisation organization conference church league bank union association
	federation congress assembly court bureau movement front alliance chamber society institute
	forum community synod confederation order network observatory`)

// victoryClaimVerbs claim a win for their subject when "victory" (or
// "himself the winner") follows them (victoryClaim); selfWinTitles are
// what a claimant proclaims himself ("proclaimed himself president").
var (
	victoryClaimVerbs = wordSet(`claim claims claimed claiming declare declares declared declaring
		proclaim proclaims proclaimed proclaiming`)
	victoryNouns   = wordSet(`victory win`)
	selfWinTitles  = wordSet(`winner victor president president-elect`)
	selfReflexives = wordSet(`himself herself themselves`)
	// victoryContrasts after a claim of victory tell that it was given up
	// or overtaken (claimsVictory).
	victoryContrasts = wordSet(`but yet though although however later until conceded concede`)
)

// thatTimeNouns follow a demonstrative "that" in a time adverbial
// ("that morning", "that day"; thatTime).
var thatTimeNouns = wordSet(`morning afternoon evening night day week weekend month year`)

// sameActVerbs open "did the same" (sameAct).
var sameActVerbs = wordSet(`did does done`)
