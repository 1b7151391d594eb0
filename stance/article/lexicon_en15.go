package article

// sameObjectOpeners open a short object of a speech verb that a colon
// spells out: "said much the same: …", "said as much: …", "said
// something similar: …", "said the same thing: …", "said this: …".
var sameObjectOpeners = wordSet(`much as something the this little nothing more`)

// norDenials mark an act as denied, which "Nor has X" goes on with
// ("has not endorsed the result", "has yet to concede", "refused to
// congratulate").
var norDenials = wordSet(`not never yet no refused refuses declined declines n't hasn't haven't didn't won't wouldn't`)

// reactionNouns after a person's possessive open a sentence about that
// person's reaction ("Soren's response has been to …").
var reactionNouns = wordSet(`response reaction answer reply retort riposte verdict position stance line`)

// questionAux come before the subject of a question ("How did Kask take
// it?", "Was Kask right?").
var questionAux = wordSet(`did does do was is has had will would could`)

// partisanMods are party adjectives before an office ("the Communist
// leader"): they describe a person, not a country's office.
var partisanMods = wordSet(`communist socialist conservative labour labor liberal republican democratic
	democrat green nationalist populist islamist`)

// judgementVerbsEn pronounce a verdict on the vote when followed by "as
// free and fair" (judgedFair).
var judgementVerbsEn = wordSet(`certified certifies pronounced pronounces deemed deems judged judges
	assessed assesses rated rates`)

// signVerbsEn, signatureNouns and signedNouns: signing a collective text
// (signedDocument).
var (
	signVerbsEn    = wordSet(`signed signs co-signed cosigned countersigned`)
	signatureNouns = wordSet(`signature signatures name names`)
	signedNouns    = wordSet(`declaration statement letter petition appeal communique communiqué
		resolution manifesto`)
)

// viewNouns after "In his" open a sentence that is the speaker's view
// (inHisView).
var viewNouns = wordSet(`view opinion eyes judgement judgment estimation reckoning`)

// presentActs are present-tense forms of naming and accusing verbs whose
// past forms contentVerbs holds ("describes Velor as a dictator",
// "brands the count a fraud", "accuses the board of rigging"): a
// profile or analysis reports a standing position in the present.
// "terms", "demands" and "labels" are left out: as nouns ("In other
// terms, Lena Dal said, …", "the opposition's demands for a recount")
// they are far more common, and every reader that looks for a verb
// (subjects, clause ends) stopped at them (review).
var presentActs = wordSet(`describes brands dubs accuses criticises criticizes`)

// moreRoles are offices of one person that personRoles lacked ("the
// Conservative backbencher Ivo Kask", "a legislator-elect", "the
// councillor"), and the abbreviated seats of parliaments ("Labour MP Mara
// Holt", "the Green MEP Ivo Kask": the capitalised abbreviation was read
// as part of the name): without them a description before a name was no
// phrase.
var moreRoles = wordSet(`backbencher legislator parliamentarian councillor councilor
	delegate legislator-elect mp mep msp mla`)

// memberWords name one seat of a parliament: reporters vary them for one
// person ("Civic Coalition MP Jo Roe …; the deputy added"), so a definite
// one refers back to a person whose office holds another (speaker.matches).
var memberWords = wordSet(`mp mep msp mla deputy lawmaker legislator parliamentarian congressman congresswoman`)

func init() {
	for w := range presentActs {
		contentVerbs[w] = true
	}
	for w := range moreRoles {
		personRoles[w] = true
	}
}

// sidingVerbs in a relative clause make a described speaker a side of
// the race (campaignedFor).
var sidingVerbs = wordSet(`campaigned campaigns ran runs stood stands canvassed`)

// namedWords, acceptingWords and votersWords serve winRegardless: "would
// be named president whatever the voters decided".
var (
	namedWords     = wordSet(`named declared proclaimed installed appointed`)
	acceptingWords = wordSet(`accept accepts accepted respect respects respected recognise recognises recognize recognizes congratulate welcome`)
	votersWords    = wordSet(`voters people electorate country nation public`)
)

// deferringModals between a condition and a recognition verb
// (recognitionDeferred): "before he would recognise the outcome".
var deferringModals = wordSet(`would will could can might`)

// countCrimes open what a government is accused of when it is the count
// (governmentCountCrime).
var countCrimes = wordSet(`stealing rigging stuffing inventing falsifying fabricating manipulating
	doctoring fixing cooking massaging`)

// contactVerbs reach someone in writing or by phone (contactPurpose).
var contactVerbs = wordSet(`wrote writes cabled cables messaged texted telegraphed`)

// retractVerbs, retractPhrasal and retractObjects: taking back a
// greeting (retraction).
var (
	retractVerbs   = wordSet(`withdraw retract cancel rescind withdrew withdrawn withdrawing withdraws retracted retracting retracts cancelled canceled cancelling canceling rescinded rescinding`)
	retractPhrasal = wordSet(`pulled pulling pulls took taking takes called calling`)
	retractObjects = wordSet(`congratulations congratulatory greetings greeting congratulation`)
)

// selfNamingVerbs name what someone is; with a reflexive and an indefinite
// description after them ("describes herself as a centrist", "brands
// himself a reformer") they introduce the person, not a stance.
var selfNamingVerbs = wordSet(`describe describes described brand brands branded label labels labelled labeled term terms termed dub dubs dubbed style styles styled`)

// pressRoles are offices of the publication's own staff: such a person
// who "spoke to" someone asked the questions (pressSubject).
var pressRoles = wordSet(`correspondent reporter journalist editor columnist presenter host anchor interviewer`)

// campaignVerbForms of sidingVerbs are a side of the race by themselves;
// the others ("ran", "stood") need one of candidacyPreps after them.
var campaignVerbForms = wordSet(`campaigned campaigns canvassed`)

// candidacyPreps after "ran" or "stood" make a candidacy ("ran for the
// Senate", "stood in the election", "ran as an independent").
var candidacyPreps = wordSet(`for in as against`)

// A statement taken back states no stance of its taker's: "withdrew a
// statement criticising the vote, saying it had been issued in error"
// (issuedStatement; review). The retraction of a greeting is read by
// retraction itself.
func init() {
	for w := range retractVerbs {
		unauthoredBefore[w] = true
	}
	unauthoredBefore["deleted"] = true
	unauthoredBefore["deletes"] = true
}
