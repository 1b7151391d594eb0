package stance

import "github.com/stancekit/stancekit/corpus"

// EncodeDefault trains LeaderOptions on the embedded English stance corpus (corpus.English) and
// returns the model's compact encoding, the content of the embedded
// default.bin. It exists for `go generate` and the test that checks the
// embedded copy; applications use [Default].
func EncodeDefault() ([]byte, error) {
	m, err := TrainExamples(corpus.English(), LeaderOptions())
	if err != nil {
		return nil, err
	}
	return m.encodeCompact()
}
