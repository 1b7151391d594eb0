// Command classify labels statements with their stance toward an election's
// declared winner.
//
//	go run ./examples/classify "We are not ready to recognise the new president."
//	go run ./examples/classify < statements.txt       # one statement per line
//	go run ./examples/classify -json -model model.json < statements.txt
//	go run ./examples/classify -in statements.csv -out labels.csv
//	go run ./examples/classify -winner "Joe Biden|Biden" -rivals "Donald Trump|Trump" "We congratulate Trump."
//	go run ./examples/classify -task stance,tone "This hurts. But I accept the verdict."
//	go run ./examples/classify -task stance,tone "Es una vergüenza: un fraude descarado."   # Spanish stance and tone
//	go run ./examples/classify -task polarity "Absolutely love it, best purchase this year!"
//	go run ./examples/classify -task stance,tone -model model.json -model tone=tone.json < statements.txt
//	go run ./examples/classify -lang en < statements.txt  # every statement English: no detection
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
// stance.DefaultTone, or in another language stance.DefaultToneLanguage), polarity (positive or negative sentiment of any
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
// Languages: by default each statement is routed to the stance model of
// its language (stance.DefaultRouter), and to its tone model
// (stance.DefaultToneRouterOptions): a record's own lang field names it
// (an ISO 639-1 code or a name, "es", "español"), else it is detected
// (stance/lang). A statement in a language without a model is answered
// unsupported, with an empty label rather than the English model's guess:
// in text lines an empty label and probability and the mark
// unsupported_language (…<TAB><TAB>unsupported_language), in -json
// "unsupported_language": true with label "", in CSV and TSV empty cells
// and true in the column unsupported_language. Routed output also says the
// language: a text line of a statement not in English ends with
// <TAB>lang=CODE (lang=und: none the detector knows), -json and JSON Lines
// have the field lang, CSV and TSV end with the columns lang,
// unsupported_language and TASK_unsupported_language for every further
// task. Text of fewer than 5 letters (an empty line, "Hmm.", numbers),
// too little to tell a language by, is read as English. -lang CODE reads
// every statement, and every record whatever its lang field, in that
// language, with no detection and the output of before routing: -lang en
// gives exactly the output classify gave when it knew only English, and a
// -lang without a default model of every task is an error at the start.
// Tone is routed as stance is: a statement's tone comes from the tone
// model of its language (stance.DefaultToneLanguage), and a statement in a
// language without one gets no tone (unsupported); polarity reads any
// English text, which the detector,
// trained on election statements, often cannot place (553 of 3,000 review
// sentences), so for polarity an undetermined language is read as English
// and only a language the detector names (es, fr, …) is unsupported. With
// only -model files, every model reads its own language and nothing is
// detected, as before.
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
