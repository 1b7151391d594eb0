// Command classify labels statements with their stance toward an election's
// declared winner.
//
//	go run ./examples/classify "We are not ready to recognise the new president."
//	go run ./examples/classify < statements.txt       # one statement per line
//	go run ./examples/classify -json -model model.json < statements.txt
//
// Each TEXT argument, or with none each line of standard input, gives one
// output line in input order: LABEL<TAB>PROBABILITY (the probability of that
// label, 4 decimals), or with -json an object with text, label,
// probabilities, known (features seen in training), no_features and
// abstained. With -explain N every statement is followed by its N strongest
// feature contributions (with -json, an explanation array); -informative N
// lists each label's N most informative features instead of classifying
// (with -json, one object per label).
//
// Statements are classified on every core (stance.Ordered), so memory
// stays constant however many lines come. Empty lines and lines with no
// known feature are classified from the prior and reported on standard
// error; invalid UTF-8 bytes are treated as spaces and reported too. Lines
// longer than -max-line bytes are classified on their first -max-line
// bytes, with a warning: nothing is skipped. -q silences the warnings.
package main
