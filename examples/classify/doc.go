// Command classify labels statements with their stance toward an election's
// declared winner.
//
//	go run ./examples/classify "We are not ready to recognise the new president."
//	go run ./examples/classify < statements.txt       # one statement per line
//	go run ./examples/classify -json -model model.json < statements.txt
//	go run ./examples/classify -in statements.csv -out labels.csv
//	go run ./examples/classify -winner "Joe Biden|Biden" -rivals "Donald Trump|Trump" "We congratulate Trump."
//	go run ./examples/classify -task stance,tone "This hurts. But I accept the verdict."
//	go run ./examples/classify -task polarity "Absolutely love it, best purchase this year!"
//	go run ./examples/classify -task stance,tone -model model.json -model tone=tone.json < statements.txt
//
// Each TEXT argument, or with none each line of standard input, gives one
// output line in input order: LABEL<TAB>PROBABILITY (the probability of that
// label, 4 decimals), or with -json an object with text, label,
// probabilities, known (features seen in training), no_features and
// abstained, at full precision. With -min-prob or -min-margin a prediction
// that falls short is marked as abstained: its text line gets a third
// column, LABEL<TAB>PROBABILITY<TAB>abstained. With -explain N every
// statement is followed by its N strongest feature contributions (with
// -json, an explanation array); -informative N lists each label's N most
// informative features instead of classifying (with -json, one object per
// label).
//
// Tasks: -task names what to label, stance (the default), tone (positive,
// neutral or negative: the wording's valence, whatever the stance,
// stance.DefaultTone), polarity (positive or negative sentiment of any
// English text, stance.DefaultPolarity, abstained inside its neutral
// band stance.PolarityBand) or a task of one's own, and several separated by
// commas, the first being the main one. Each task's model is -model
// TASK=FILE, or the task's embedded default; a bare -model FILE is the
// stance model, and a file whose recorded task (stance.Model.Task) is
// another is refused. Every further task adds columns: in text lines its
// LABEL<TAB>PROBABILITY (and <TAB>abstained), in -json the fields TASK,
// TASK_probability, TASK_probabilities and TASK_abstained, in CSV and TSV
// the columns TASK,TASK_probability,TASK_p_LABEL…,TASK_abstained. -explain
// and -informative are about the main task; -min-prob and -min-margin
// apply to every task's model, and without them a model keeps its own
// abstention.
//
// Election context: -winner and -rivals give the declared winner's and the
// rivals' name forms, each list separated by | (-winner "Nicolás
// Maduro|Maduro" -rivals "Edmundo González|González|María Corina Machado");
// a record's own winner or rivals field (a JSON array, or a |-separated CSV
// cell) overrides the flag for that record. With a model that masks names,
// such as the default one, the mentions become WINNER and RIVAL evidence, so
// "we congratulate González" counts as hostile when Maduro was declared the
// winner; without a context names are ordinary words.
//
// Files in, files out: -in FILE reads statements from a CSV or TSV file
// with a header (.csv, .tsv), JSON Lines (.jsonl), or plain lines (any
// other name), a .gz suffix meaning gzip; a quoted CSV field may span
// lines and stays one statement. -text-field and -id-field name the
// text's and the id's column or key ("text" and "id"); a record without
// an id gets its row number, 1, 2, 3…, counting records, not lines; every
// other field (winner, rivals, lang, …) travels with its record. The
// output goes to -out FILE or standard output, in the format -out's
// extension names or else in the input's (-json turns records into JSON
// Lines): CSV and TSV get a header and the columns
// id,label,probability,p_LABEL…,abstained, JSON Lines the fields of -json
// with the id; the text only with -echo. Probabilities are at full
// precision; N records in give N records out, in input order. A bad
// record (no such text column, invalid UTF-8, empty text) stops the run
// with an error naming file:line: field.
//
// Statements are classified on every core (stance.Ordered, and
// record.Classify for records), so memory stays constant however many
// lines come. Empty lines are reported on standard error, and lines with no
// known feature are classified from the prior (no_features in -json);
// invalid UTF-8 bytes are treated as spaces and reported. Lines longer than -max-line bytes
// are classified on their first -max-line bytes, with a warning: nothing
// is skipped (a CSV or JSONL text longer than that is an error). -q
// silences the warnings.
package main
