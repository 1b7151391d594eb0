package article

// Word lists of the mm21 rules (mm21_*.go).

// echoNouns name what a speaker said, in a sentence pointing back at the
// quotation before it ("Those were the words of X", "That was the
// verdict of X"; mm21_words.go).
var echoNouns = wordSet(`words verdict view message assessment reaction response comment comments remarks judgment judgement`)

// echoDeictics open such a sentence, with echoCopulas after them.
var (
	echoDeictics = wordSet(`those these that such this`)
	echoCopulas  = wordSet(`were was are is`)
)

// echoSoWords open an inverted trailing attribution ("So said X", "Thus
// spoke X") with attributionEchoVerbs after them.
var (
	echoSoWords          = wordSet(`so thus`)
	attributionEchoVerbs = wordSet(`said says spoke speaks wrote writes`)
)

// doubtCastVerbs put doubtNouns on something ("cast doubt on", "raised
// questions about", "threw doubt over"; mm21_doubt.go), doubtMods may
// stand between them ("cast fresh doubt on", "raised serious questions
// about") and doubtPreps introduce what is doubted.
var (
	doubtCastVerbs = wordSet(`cast casts casting threw throw throws throwing raised raise raises raising`)
	doubtNouns     = wordSet(`doubt doubts questions`)
	doubtMods      = wordSet(`fresh new further more serious grave strong deep renewed some`)
	doubtPreps     = wordSet(`on over about upon`)
	doubtAdverbs   = wordSet(`also again already further openly publicly`)
)

// mockNouns after "with" and up to two modifiers make the manner of an
// attribution mocking ("said with heavy sarcasm", "added with obvious
// irony"; mm21_mock.go), as mockAdverbs do ("said sarcastically").
var mockNouns = wordSet(`sarcasm irony mockery derision scorn`)
