package article

// The word lists of en32_fronted.go.

// en32FrontedOpeners open a fronted predicate whose actor follows the
// copula: "Joining the chorus of congratulations was A", "First to call
// was A", "Quick to congratulate W were A and B".
var en32FrontedOpeners = wordSet(`joining leading first quick swift quickest fastest earliest next`)

// The word lists of en32_plural.go.

// en32FromHeads are plural bodies of envoys whose "from" names the
// senders: "observers from A and B", "missions from A, B and C".
var en32FromHeads = wordSet(`observers monitors missions delegations teams envoys`)

// The word lists of en32_rivaloffice.go.

// en32RivalOffices are the offices only the defeated side of an election
// holds in a report of its result, as the reader gives an unnamed
// speaker's phrase (the words joined by "_").
var en32RivalOffices = wordSet(`opposition_leader defeated_candidate losing_candidate runner-up
	opposition_candidate defeated_challenger main_challenger losing_challenger defeated_rival`)
