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
	// off24RunVerbs after "who" say the speaker runs a body of the vote.
	off24RunVerbs = wordSet(`heads runs manages chairs oversees leads supervises directs`)
	// off24HeadTitles after "Its" are a body's head or officer, of one
	// word or two ("secretary general", hyphens read as spaces).
	off24HeadTitles = map[string]bool{"chairman": true, "chairwoman": true, "chair": true, "chairperson": true,
		"president": true, "head": true, "chief": true, "secretary general": true, "spokesman": true,
		"spokeswoman": true, "spokesperson": true, "director": true, "commissioner": true}
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
