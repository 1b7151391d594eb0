package article

// gapRelatives open a relative clause whose speech verb reports a clause
// missing its subject ("a video that aides said had been recorded",
// en17_gap.go).
var gapRelatives = wordSet(`that which who`)
