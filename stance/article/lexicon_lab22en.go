package article

// Words of peopleOnlyGreeting (lab22en_people.go): a greeting of the
// people that also names the victory (lab22enVictoryWords), or a new
// leader or government (lab22enNewWords before governmentWords or
// lab22enLeaderNouns), greets the winner too.
var (
	lab22enVictoryWords = wordSet(`victory victories triumph re-election re-elected won wins win winning successor successors winners`)
	lab22enNewWords     = wordSet(`new incoming next`)
	lab22enLeaderNouns  = wordSet(`premier ministers minister head`)
)

// lab22enDemonyms are English plural nationality nouns whose ending the
// suffix test of demonymPlural misses ("commended Pakistanis", "praised
// Thais for a calm vote"): a nation's people as a greeting's object.
var lab22enDemonyms = wordSet(`pakistanis israelis iraqis somalis nepalis bangladeshis kuwaitis
	omanis saudis yemenis azeris thais qataris emiratis bahrainis britons
	filipinos turks danes swedes finns greeks czechs slovaks croats serbs
	scots uzbeks kazakhs tajiks turkmens kyrgyz malagasy basotho batswana
	malians beninese togolese`)

// Words of mostVotesAfter (lab22en_mostvotes.go): verbs of getting votes,
// the votes themselves, and what after "more votes than" is no rival
// candidate ("more votes than expected", "than last time").
var (
	lab22enGetVerbs  = wordSet(`received receives got gets obtained obtains won wins took secured polled garnered collected`)
	lab22enVoteNouns = wordSet(`votes ballots vote`)
	lab22enThanStops = wordSet(`expected predicted forecast anticipated last before ever previously in at`)
)

// Words of opposedDemand (lab22en_opposed.go): verbs of giving a demand
// up, the determiners between them and the demand ("drop its call for"),
// and refusals that keep it ("refused to drop").
var (
	lab22enGiveUpVerbs = wordSet(`stop stops stopped stopping quit cease ceases ceased abandon abandons
		abandoned abandoning drop drops dropped dropping withdraw withdraws withdrew withdrawing`)
	lab22enDemandDets = wordSet(`its their his her the our your all any`)
	lab22enRefusals   = wordSet(`refused refuses refusing refuse declined declines rejected won't wouldn't`)
)

// Words of electionOver (lab22en_over.go): openers of a time clause or a
// condition before the vote ("once the vote is over"), adverbs between
// the copula and "over" ("is now over"), and words after "over" that make
// it something else ("over before it began", "over the budget").
var (
	lab22enOverOpeners = wordSet(`once when whenever after until till before if unless whether soon`)
	lab22enOverAdverbs = wordSet(`now already well truly finally definitely clearly`)
	lab22enOverAfter   = wordSet(`before long the a an whether who`)
)

// lab22enWinAs links a rival's name to a word of winning in winAfter
// ("the party's returns showed Sousa as president-elect", "named Sousa as
// the winner"): the rival given the win.
var lab22enWinAs = wordSet(`as`)
