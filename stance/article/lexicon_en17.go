package article

// gapRelatives open a relative clause whose speech verb reports a clause
// missing its subject ("a video that aides said had been recorded",
// en17_gap.go).
var gapRelatives = wordSet(`that which who`)

// asideSubordinators open a clause of time or reason inside an aside
// ("X, speaking before Kerry had conceded, said …"; en17_gap.go).
var asideSubordinators = wordSet(`before after when until since once while because although though whereas`)

// toneModifiers, guardedWords, sharpComparatives, sharpWords and
// gentleComparatives make, after one of copulas, a reaction's tone told
// by comparison (en17_tone.go): reserved ("was more careful", "were far
// more guarded") or sharp ("was blunter", "was more scathing", "was less
// restrained", "was no gentler").
var (
	toneModifiers      = wordSet(`more less no far much even rather somewhat notably markedly decidedly`)
	guardedWords       = wordSet(`careful cautious guarded reserved measured circumspect restrained diplomatic`)
	sharpComparatives  = wordSet(`blunter harsher sharper angrier fiercer`)
	sharpWords         = wordSet(`scathing critical outspoken forthright blunt strident caustic`)
	gentleComparatives = wordSet(`gentler softer kinder warmer`)
)

// bareJoiners join two clauses without a comma (en17_join.go).
var bareJoiners = wordSet(`and while as`)

// ofWhomQuantifiers open ", both of whom …" (en17_ofwhom.go).
var ofWhomQuantifiers = wordSet(`both all each`)

// passiveThingVerbs report a stance in the passive only when their subject
// is the result or the vote (passiveby.go): with a person for subject they
// tell a meeting or an admission ("Kask was greeted by Lena Dal at the
// airport", "Kask was accepted by the Norland Bar in 1998"), while "The
// result was accepted by Tomas Reed" and "His victory was welcomed by X"
// are stances.
var passiveThingVerbs = wordSet(`greeted welcomed accepted`)

// echoSounds after "echoed" tell a sound's echo, not a remark repeated
// (similar.go: "Shots echoed through the streets overnight").
var echoSounds = wordSet(`through across around round along down off in into over from inside outside throughout back`)

// linkLabelWords make a label in capitals the head of a list of links to
// other stories ("RELATED COVERAGE", "READ MORE", "MORE ON THIS STORY",
// "SEE ALSO", "TOP STORIES"; linklist.go).
var linkLabelWords = wordSet(`related read more see also stories story coverage links recommended latest`)

// propositionNouns name a thought whose content follows after "that" or
// "of" ("the idea that he would concede", "talk of conceding"); rejecting
// one rejects its content (rejectedProposition).
var propositionNouns = wordSet(`idea ideas notion notions suggestion suggestions talk thought prospect`)

// countedTimeWords end a time counted from another ("Hours later,", "A week
// ago,"; en17_openers.go).
var countedTimeWords = wordSet(`later earlier ago afterwards afterward`)

// ingAdjectives are words in -ing that describe an office or a body, not
// a participle opening an adverbial (en17_openers.go), besides
// roleModifiers' "outgoing", "ruling", "leading".
var ingAdjectives = wordSet(`governing reigning sitting opposing founding remaining caretaking`)

// refusingVerbs are actionNegations' verbs of refusing (othersRefusal).
var refusingVerbs = wordSet(`refuse refuses refused refusing decline declines declined declining avoid avoids
	avoided avoiding refrain refrains refrained refraining withhold withholds withheld withholding`)
