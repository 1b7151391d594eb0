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
