package stance

import (
	"fmt"
	"sync"

	"github.com/stancekit/stancekit/corpus"
)

var defaultModel = sync.OnceValues(func() (*Model, error) {
	m, err := TrainExamples(corpus.Leaders(), DefaultOptions())
	if err != nil {
		return nil, fmt.Errorf("training the default model from the embedded corpus: %w", err)
	}
	return m, nil
})

// Default returns the model trained with DefaultOptions on the embedded
// leaders' corpus (package corpus). It is trained once, on first use, in a
// few milliseconds, with no file and no network; later calls return the
// same model. The error can only come from a broken build.
func Default() (*Model, error) { return defaultModel() }
