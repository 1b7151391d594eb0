package article

// en23ContactParticiples are the participles of the verbs of contact
// (contactVerbs, and "phoned", "rang" in contentVerbs): ", writing to Berg
// to congratulate her", ", phoning Berg to congratulate her"
// (contactStance). After a comma they have the sentence's subject for
// their own (sentenceParticiple).
var en23ContactParticiples = wordSet(`writing phoning telephoning ringing cabling messaging texting telegraphing`)

// en23GroupNouns count or gather people before "of" and a plural office:
// "a group of lawmakers", "a delegation of senators", "dozens of
// mayors". The office after "of" is who acts (groupOfAt).
var en23GroupNouns = wordSet(`group groups delegation delegations handful number dozens hundreds scores couple
	bloc caucus`)

// en23YieldWords, after "to", ask someone to give up the office: "to
// concede", "to step aside", "to admit defeat" (winnerToldToYield). The
// second word, when there is one, is in en23YieldSeconds.
var en23YieldWords = wordSet(`concede step stand admit accept resign relinquish`)

var en23YieldSeconds = map[string]string{"step": "aside down", "stand": "aside down", "admit": "defeat", "accept": "defeat"}

// rec24enReachVerbs meet, talk to or travel to someone; with a purpose
// infinitive of stance they are the act (rec24en_reach.go: "spoke with Dal
// by telephone to congratulate her", "travelled to the capital to
// congratulate her"). "received" and "came" are left out: "received a
// call from A to congratulate her" is A's act, not the receiver's.
var rec24enReachVerbs = wordSet(`spoke spoken speaks talked talks met meets visited visits
	travelled traveled travels flew flown flies went gone goes drove driven drives headed heads hurried rushed
	paid pays sat sits`)

// rec24enReachBareVerbs are their bare forms, read only after an
// auxiliary or "to" (rec24enReachBare): "will travel to Tarn to …".
var rec24enReachBareVerbs = wordSet(`speak talk meet visit travel fly go drive head`)

// rec24enGreetInfinitives greet the winner or concede by themselves
// after a visit ("met Dal to congratulate her", "went to see Dal to
// concede"); rec24enJudgeInfinitives judge only what follows them, so a
// word of the result must follow ("to hail her victory", "to reject the
// count"; not "to welcome the trade delegation"). rec24enPurpose.
var (
	rec24enGreetInfinitives = wordSet(`congratulate concede recognise recognize acknowledge`)
	rec24enJudgeInfinitives = wordSet(`welcome hail applaud laud commend salute celebrate endorse accept praise
		denounce condemn reject dispute contest challenge protest`)
)

// rec24enWishForms and rec24enWishNouns make a wish of success a greeting
// (rec24enWishWell: "wished him success", "wish her well", "wishing
// the new president luck").
var (
	rec24enWishForms = wordSet(`wish wishes wished wishing`)
	rec24enWishNouns = wordSet(`success well luck`)
)

// rec24enCallerNouns are the people who rang or wrote to greet a winner:
// "was among the early callers", "one of the first well-wishers"
// (rec24enAmongCallers).
var rec24enCallerNouns = wordSet(`callers well-wishers wellwishers congratulators`)

// rev24enVictoryWords, rev24enPossessives, rev24enCallerLinks and
// rev24enEarlyWords aim a purpose or a rank of callers at the winner
// (rev24en_aim.go): a victory is the winner's by a personal possessive
// ("to hail her victory", not "the team's victory"); a rank of callers is
// read by the place or occasion after it ("callers to a radio phone-in");
// well-wishers greet when ranked early ("the first well-wishers").
var (
	rev24enVictoryWords = wordSet(`victory win wins won triumph`)
	rev24enPossessives  = wordSet(`her his their`)
	rev24enCallerLinks  = wordSet(`to at outside after for from on in of`)
	rev24enEarlyWords   = wordSet(`early first earliest earlier`)
)

// rev24enContestWords, rev24enFormerWords, rev24enDeterminers and
// rev24enWishTitles aim a wish of success at the winner in office
// (rev24enWishAimed): not "luck in the primaries", not "the outgoing
// president", not "the injured officers"; "the new president" is.
var (
	rev24enContestWords = wordSet(`campaign primaries primary race run-off runoff contest debate debates match final qualifier`)
	rev24enFormerWords  = wordSet(`outgoing former retiring departing`)
	rev24enDeterminers  = wordSet(`the both all a an its our these those each every`)
	rev24enWishTitles   = wordSet(`president premier chancellor president-elect leader government minister prime`)
)

// rev24enWeekdays and rev24enElectionWords keep a word of the result the
// election's (rev24enOtherMatter): "the result on Monday", "the outcome
// of the presidential run-off".
var (
	rev24enWeekdays      = wordSet(`monday tuesday wednesday thursday friday saturday sunday election polling`)
	rev24enElectionWords = wordSet(`election elections vote poll polls ballot run-off runoff presidential parliamentary count race`)
)
