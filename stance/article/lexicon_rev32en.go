package article

// The word lists of rev32en_rivaloffice.go.

// rev32enOfficeKeys are the words that mark a rival office as the
// defeated side's ("opposition leader", "defeated candidate"); an office
// opening with another word is marked by its last ("main challenger").
var rev32enOfficeKeys = wordSet(`opposition defeated losing runner-up`)

// rev32enSceneOpeners open a paragraph set in another place or race: "In
// neighbouring Sarn, …", "Across the border, …", "Elsewhere, …" (not "Outside
// the court, …", often the rival's own scene).
var rev32enSceneOpeners = wordSet(`in across elsewhere abroad`)

// The word lists of rev32en_fronted.go.

// rev32enRaceNouns are what a news desk calls when it projects the
// winner: "call the race for W".
var rev32enRaceNouns = wordSet(`race contest election vote result results state seat`)
