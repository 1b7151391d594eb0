package article

// lab27grDeStops are German prepositions and question or subordinating
// words the stops lacked: a sentence that opens with one names no
// speaker in the words after it, the subject stands after the verb
// ("Zu X selbst äußerte er sich nicht" had "Zu X" for its speaker, "Wer
// X gratuliert – und wer nicht" had "Wer X", "Ob Velor gratuliere, ließ
// sie offen" had "Ob Velor").
var lab27grDeStops = []string{"zu", "unter", "ohne", "seit", "trotz", "wegen", "durch", "zwischen",
	"wer", "wen", "wem", "ob", "warum", "wann"}

func init() {
	for _, w := range lab27grDeStops {
		german.stops[w] = true
	}
}
