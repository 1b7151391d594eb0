package article

// mediumWords end the adverbial of medium between a speech verb and a
// clause with no "that" ("said in a statement Norland was ready …",
// "wrote on X President Kask had …", "told Reuters Velor would …"): the
// capitalised word after one of them opens the clause. They are the
// channels reporters name — formats of a statement, platforms, and the
// news agencies and broadcasters a leader speaks to — and so never the
// first word of a speaker's name themselves.
var mediumWords = wordSet(`
	statement statements interview interviews address speech remarks message post posts
	tweet tweets video broadcast briefing conference communique communiqué letter
	x twitter facebook telegram instagram weibo
	reuters afp ap bbc cnn tass ria interfax xinhua efe ansa dpa`)

// channelTails are the capitalised words that go on a channel's name
// ("told AP News the vote …", "told BBC Radio Kask had …", "told Reuters
// Television …"): after a channel they are still its name, not the
// clause's subject, which may follow them.
var channelTails = wordSet(`news radio television tv world service agency online live international arabic`)

// auxVerbs are the finite auxiliaries and copulas that show a short noun
// phrase after "warned"/"told" to be a clause's subject rather than the
// addressee ("warned the count had been rigged", "warned Kask was …").
var auxVerbs = wordSet(`has have had is was were are will would could should may might must can did does`)

// elidedThatVerbs take an addressee, but their clause may also follow
// with no "that" and no addressee ("warned the count had been rigged");
// "ask" is left out: "asked whether Norland would …" is a question.
var elidedThatVerbs = wordSet(`tell tells told telling warn warns warned warning remind reminded promised`)

// addresseeVerbs always have an addressee first ("told Ivo Kask Jo Roe
// had won", "reminded Kask the polls …"): the words right after them are
// never the clause's subject, which only a later capitalised word after
// a lower-case one opens ("told journalists Norland was …").
var addresseeVerbs = wordSet(`tell tells told telling remind reminded`)

// questionWords open an indirect question, which no speaker asserts.
var questionWords = wordSet(`whether if how why what when where who whom which`)

// surnameParticles may open a surname that stands without a given name
// ("De Klerk", "van den Berg", "Le Pen", "dos Santos"; particle14.go) —
// and "Al" the given name ("Al Gore said"); "la", "el", "das", "der" are
// left out, as they open places and newspapers ("La Paz", "El País").
var surnameParticles = wordSet(`de van von da dos di del della ter le bin ibn al`)

// publishVerbs stand between a statement and its author ("a statement
// issued by X"; according14.go).
var publishVerbs = wordSet(`issued released published posted signed sent put`)
