package article

// sameObjectOpeners open a short object of a speech verb that a colon
// spells out: "said much the same: …", "said as much: …", "said
// something similar: …", "said the same thing: …", "said this: …".
var sameObjectOpeners = wordSet(`much as something the this little nothing more`)
