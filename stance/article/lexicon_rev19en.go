package article

// Word lists of the reviewer rev19en's narrowing of en19's rules.

// foulMeansParticiples, right after a name of praise, say how the result
// was got, fair or foul: "a victory bought with state money" mocks it,
// "a victory bought with the sacrifice of a generation" or "a triumph
// engineered by a brilliant campaign" praises it. Only a foulMeans word
// after them makes the naming scorn (taintedPraise); taintParticiples
// that are foul by themselves ("stolen", "extorted") need none.
var foulMeansParticiples = wordSet(`bought purchased manufactured engineered bankrolled paid`)

// foulMeans name the money, the power or the trickery a result was got
// with ("bought with influencers' money", "purchased by the ruling
// party", "manufactured by the state media"; fraudWords count too).
var foulMeans = wordSet(`money cash bribe bribes bribery funds handouts patronage payoffs kickbacks
	state regime ruling government oligarchs influencers intimidation coercion force fear threats
	violence propaganda lies trickery`)

// taglineParticiples describe an author in an opinion piece's closing
// note ("Hanna Roe is based in Tarn", "… is retired"), unlike the
// passives that close a news report ("was jailed", "was sworn in";
// taglineNews).
var taglineParticiples = wordSet(`based retired educated trained qualified married`)

// causeTailNouns close the second cause of a body's name after "and"
// ("… for Democratic Institutions and Human Rights", "… for Democracy
// and Electoral Assistance"; causeAnd), besides causeNouns.
var causeTailNouns = wordSet(`rights assistance studies affairs development governance security
	cooperation research education elections integrity`)
