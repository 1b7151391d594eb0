package article

// Words of rev22lenWinnerRef (rev22len_people.go): verbs a pronoun
// object follows ("wished her well", "told him"), nouns of the winner's
// own term after "his"/"her" ("on her election", "his inauguration"),
// verbs of choosing a leader ("on electing their first woman president")
// and the leader nouns they choose.
var (
	rev22lenObjectVerbs = wordSet(`told tell tells wish wishes invite invites thank thanks urge urges
		assure assures assured call calls phone phones gave give gives send sends sent met meet meets
		offered offer offers wrote write writes`)
	rev22lenTermWords   = wordSet(`term inauguration presidency mandate election swearing-in`)
	rev22lenChoiceVerbs = wordSet(`electing elected choosing chose chosen picking picked`)
	rev22lenChoiceDets  = wordSet(`a an the their its his her`)
	rev22lenLeaderNouns = wordSet(`president leader premier head chancellor`)
)

// rev22lenHonourWords are participles of respect or acceptance said of the
// result in the passive (resultHonoured: "the outcome must be respected").
var rev22lenHonourWords = wordSet(`respected accepted honoured honored upheld`)

// rev22lenSubjects open a sentence in which the speaker goes on
// (paragraphAnswers): "She also congratulated Lima".
var rev22lenSubjects = wordSet(`he she they it we`)

// Words of mostVotesRecord (rev22len_votes.go): what makes "the most
// votes" a record or another contest rather than this one's win ("the
// most votes ever", "since 1990", "in our history", "four years ago",
// "last time", "of any opposition candidate").
var (
	rev22lenRecordWords  = wordSet(`ever since history ago`)
	rev22lenEarlierWords = wordSet(`last previous earlier`)
	rev22lenEarlierNouns = wordSet(`time election elections vote year years round`)
	rev22lenAnyWinners   = wordSet(`other candidate candidates contender contenders`)
	// rev22lenDenyAdverbs before a rival named the winner say the naming
	// was false ("wrongly showed Sousa as the winner").
	rev22lenDenyAdverbs = wordSet(`falsely wrongly mistakenly erroneously`)
)

// Words of overLimited (rev22len_over.go): after "the election is over",
// a condition or a limit within four words ("over for us only when the
// courts rule", "over until every ballot is counted").
var rev22lenOverLimits = wordSet(`only until till unless if`)

// rev22lenNameModals after a name given by a gerund ("Calling the vote a
// plot is absurd", "would be wrong") make the naming the sentence's
// subject, judged rather than made (rev22len_naming.go).
var rev22lenNameModals = wordSet(`is was are were would will could can must does`)
