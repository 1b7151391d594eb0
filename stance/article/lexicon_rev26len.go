package article

// Words of rev26len_narrow.go.
var (
	// rev26lenHearsay are present-tense verbs of others' saying: "they
	// tell us the result is the will of the people", "the commission says
	// Lima passed 50 percent" report a claim the speaker may not share.
	rev26lenHearsay = wordSet(`say says tell tells insist insists assure assures`)
	// rev26lenOwnSayers may say a thing that is still the speaker's own
	// ("we say the result is the will of the people").
	rev26lenOwnSayers = wordSet(`i we he she`)
	// rev26lenDistance set a claim at a distance from what it names ("the
	// result is far from the will of the people", "anything but the
	// voters' choice").
	rev26lenDistance = wordSet(`far hardly scarcely anything`)
	// rev26lenPressVerbs press an acceptance on someone ("they expect us
	// to accept them", "now demand we accept it"): whose acceptance is in
	// doubt, as with urgeVerbs.
	rev26lenPressVerbs = wordSet(`demand demands demanded expect expects expected want wants wanted
		force forces forced pressure pressures pressured pressuring`)
	// rev26lenGeneric open a relative clause about anyone at all ("anyone
	// who accepts it is an accomplice").
	rev26lenGeneric = wordSet(`who whoever anyone anybody those`)
	// rev26lenDenySay deny a saying before it ("nobody can say we did not
	// fight the result").
	rev26lenDenySay = wordSet(`say said claim claims claimed pretend suggest suggests`)
	// rev26lenLater tell of a later change after a past renunciation ("we
	// did not question the result on election night. Now we have").
	rev26lenLater = wordSet(`now later since then`)
	// rev26lenTopicLinks join a result noun to its topic ("the court's
	// ruling on the minimum wage").
	rev26lenTopicLinks = wordSet(`on over about regarding concerning`)
)
