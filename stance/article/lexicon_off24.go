package article

// Posts of the people who run the count (off24_officer.go).
var (
	// off24OfficerTitles end a post of the count: "Federal Returning
	// Officer", "Commissioner", "chief electoral officer".
	off24OfficerTitles = wordSet(`commissioner commissioners officer official registrar`)
	// off24VoteModifiers make an officer's title one of the vote
	// ("returning officer", "presiding officer"), and after "who heads …"
	// a body of the vote ("the voting system", "the polling").
	off24VoteModifiers = wordSet(`returning presiding polling voting`)
	// off24OfficerModifiers may stand in such a post besides them.
	off24OfficerModifiers = wordSet(`the a an chief federal national state provincial regional district
		county city municipal senior top deputy assistant acting`)
	// off24LocalModifiers make a commissioner's post one of a local
	// government ("County Commissioner", "Regional Commissioner") unless
	// a word of the vote stands in it ("county election commissioner").
	off24LocalModifiers = wordSet(`state provincial regional district county city municipal`)
	// off24RunVerbs after "who" say the speaker runs a body of the vote.
	off24RunVerbs = wordSet(`heads runs manages chairs oversees leads supervises directs`)
)

// off24ResultForms after "result" make it the count's paperwork ("result
// sheets", "results forms"): procedural, not a verdict.
var off24ResultForms = wordSet(`sheet sheets form forms tally tallies slip slips protocol protocols`)

// off24BareVoters may say "have decided" without "the" (off24_voters.go):
// "Voters have decided", "Citizens chose".
var off24BareVoters = wordSet(`voters citizens people electors`)

// off24LevelWords after "stands" give a figure's level ("turnout stands
// at 63 per cent"), not a verdict that the result stands.
var off24LevelWords = wordSet(`at around near above below about close`)

// off24TamperWords say that the count's papers or boxes were tampered
// with: an officer who reports it speaks of the result ("the result
// sheets had been altered"), not of the procedure (procedural).
var off24TamperWords = wordSet(`altered doctored forged tampered stuffed stuffing inflated swapped`)

// off24FraudWords, like condemnWords, after "voters have decided" turn it
// against the count ("… and the commission undid it by fraud").
var off24FraudWords = wordSet(`fraud frauds manipulation manipulated rigging`)
