package article

// gapRelatives open a relative clause whose speech verb reports a clause
// missing its subject ("a video that aides said had been recorded",
// en17_gap.go).
var gapRelatives = wordSet(`that which who`)

// asideSubordinators open a clause of time or reason inside an aside
// ("X, speaking before Kerry had conceded, said …"; en17_gap.go).
var asideSubordinators = wordSet(`before after when until since once while because although though whereas`)

// guardedModifiers and guardedWords make, after one of copulas, a
// reaction's reserved tone ("was more careful", "were far more guarded";
// en17_tone.go).
var (
	guardedModifiers = wordSet(`more far much rather somewhat notably markedly decidedly`)
	guardedWords     = wordSet(`careful cautious guarded reserved measured circumspect restrained`)
)
