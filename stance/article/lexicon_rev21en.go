package article

// Word lists of the rev21en narrowings (rev21en_*.go and the en22/mm21
// rules they narrow).

// echoSharedWords say that a trailing sentence shares a view rather than
// names who spoke the quotation before it ("That was the view of X,
// too"; "That was also the reaction of X"; mm21_words.go).
var echoSharedWords = wordSet(`too also likewise either same shared echoed`)

// mockStops end the attribution mockingManner reads back from a mocking
// word: a relative or subordinate clause or another verb's subject is
// someone else's manner ("said Lena Dal, who ironically had …", "said,
// as protesters jeered mockingly"; mm21_mock.go).
var mockStops = wordSet(`who whose which that as while when after before because though although`)

// mockNegators before a mocking noun deny the manner ("said, with no
// irony"; mm21_mock.go).
var mockNegators = wordSet(`no not little without`)

// doubtTopicWords beyond the lists of the vote (resultNouns,
// processNouns, countNouns, figureNouns, winWords) make what a doubt is
// cast on, or a stance participle's object, the result ("cast doubt on
// the legitimacy of the vote", "Accepting defeat"; mm21_doubt.go,
// mm21_lead.go).
var doubtTopicWords = wordSet(`defeat legitimacy mandate fairness integrity credibility fraud rigging`)

// doubtedClaimWords are others' claims a doubt may be cast on: doubting
// a challenge to the vote is no doubt about the vote ("cast doubt on
// Kask's fraud claims"; mm21_doubt.go); challengeNouns name most of them.
var doubtedClaimWords = wordSet(`claim assertion assertions lawsuit lawsuits case charges`)

// fromGapOpeners may follow the last name of a repeated "and from B"
// when the list ends there (a time, a place, a relative clause, the
// sentence's end); another word opens a thing received from B instead
// ("and from B a warning that …", "and from Kask, silence";
// en22_from.go).
var fromGapOpeners = wordSet(`on in at during after before by via who which and or as over through when while last this earlier later`)

// withinConjunctions after the names of a greeting received inside a
// reported clause open more of the reporter's clause ("he had received
// calls from A and B but would not concede"): its stance is the
// reporter's, not the senders' (mm21_within.go).
var withinConjunctions = wordSet(`but and because although though while whereas yet however since so`)
