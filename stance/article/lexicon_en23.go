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
