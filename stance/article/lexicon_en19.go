package article

// Word lists of the nineteenth session's English rules (en19_*.go).

// causeNouns close the cause a body names itself for ("Citizens for
// Social Justice", "Forum for Democratic Change", "Alliance for
// Progress"): the "for" before them joins the name (orgFor).
var causeNouns = wordSet(`democracy justice change progress freedom liberty reform reforms renewal
	peace unity solidarity development rights equality dignity independence prosperity
	sovereignty truth transparency accountability fairness salvation liberation renaissance`)

// taglineVerbs follow the author's name in an opinion piece's closing
// note ("Hanna Roe is a lecturer …", "Ivo Kask teaches law at …").
var taglineVerbs = wordSet(`is was teaches taught directs heads leads chairs writes served serves`)

// bodyNameHeads close the proper names of bodies that no other list of
// body heads holds ("the White House", "the Presidential Palace", "the
// Central Election Commission"; bodyNamed).
var bodyNameHeads = wordSet(`house palace secretariat commission committee council government cabinet
	ministry department office`)

// taintParticiples, right after a name of praise, say how the result was
// got by foul means ("a victory bought with money", "a win purchased by
// the ruling party", "a triumph manufactured by the state media";
// taintedPraise): the naming is scorn, not praise.
var taintParticiples = wordSet(`bought purchased stolen manufactured engineered bankrolled extorted
	paid coerced`)
