package article

// frontedSubordinators open a sentence's fronted clause of time, cause or
// concession, which its first comma closes before the main clause's
// subject ("When the commission announced its figures, Ivo Kask said …";
// subordinateClosed).
var frontedSubordinators = wordSet(`when after before once as while although though since until if because whereas`)

// orgHeads head an organisation's name before "for" or "of", whose later
// "and" stays inside the name ("Rally for Democracy and Progress",
// "Union for Peace and Progress"; orgAnd).
var orgHeads = wordSet(`rally movement union front party alliance coalition congress council forum convention league
	association organisation organization bloc platform centre center institute foundation committee network
	federation assembly`)

// relativeAntecedentPreps may stand before the person a relative clause
// describes, who is still its subject: "A more cautious note came from Jo
// Roe, who said …", "spoke to Jo Roe, who said …" (subject). Other
// blockedBefore words keep blocking ("the wife of Jo Roe, who said": whose
// wife speaks is unclear; "than", "whether").
var relativeAntecedentPreps = wordSet(`from to with by for about against toward towards`)

// purposeThatWords before "that" make it a conjunction of purpose or
// circumstance, not the complementiser of a reported clause: "asked for
// the results to be published so that citizens can see …", "in order
// that", "now that" (purposeThat).
var purposeThatWords = wordSet(`so order now such provided given`)

// voteWatchNouns in the object of "who coordinates" or "who monitors"
// make the speaker one of the vote's watchers, not a commentator
// (watchesVote).
var voteWatchNouns = wordSet(`observer observers monitor monitors monitoring civic watchdog count tally ballot ballots
	election elections electoral vote votes polling`)

// watchVerbs among commentatorVerbs lead or watch a body (watchesVote).
var watchVerbs = wordSet(`coordinates monitors`)

// desireVerbs before "a result" or "an outcome" make it one wished for or
// required (desiredResult).
var desireVerbs = wordSet(`deserve deserves deserved need needs needed want wants wanted require requires required
	demand demands demanded expect expects expected seek seeks sought`)

// leadAdverbialWords open a short lead adverbial of time before a comma
// ("Hours later,", "Two days later,", "Moments after the announcement,";
// leadAdverbialEnd).
var leadAdverbialWords = wordSet(`hours minutes days weeks months moments two three four five six several few
	shortly soon within barely just only`)

// authorityNouns name the body that ran the count or its people, and
// authorityScorn what reports say its critics called them
// (authorityScorned).
var (
	authorityNouns = wordSet(`commission commissioners officials board tribunal judges authority council`)
	authorityScorn = wordSet(`criminals criminal crooks thieves liars puppet puppets traitors cheats fraudsters
		accomplices stooges partisan corrupt`)
	// scornBreak: after these the word of crime names others (authorityScorned).
	scornBreak = wordSet(`of by from against for to with than`)
)
