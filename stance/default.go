package stance

import (
	_ "embed"
	"fmt"
	"sync"
)

//go:generate go run ./internal/gendefault -out default.bin

// defaultBin is the model that LeaderOptions train on the embedded English
// stance corpus (corpus.English: the leaders' statements and the hard
// cases, each in its election's context), with its calibration
// (trainDefault), stored in the compact encoding so that Default decodes it
// instead of retraining, which costs much more (BenchmarkDefaultDecode and
// BenchmarkDefault measure both). TestDefaultIsCurrent retrains it and
// fails if this file is stale; `go generate ./stance` rewrites it.
//
//go:embed default.bin
var defaultBin []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	m, err := decodeCompact(defaultBin)
	if err != nil {
		return nil, fmt.Errorf("the embedded default model: %w", err)
	}
	return m, nil
})

// Default returns the model trained with LeaderOptions on the embedded
// leaders' corpus (package corpus) and calibrated on out-of-fold scores of
// it ([TrainCalibrated], the folds grouped by election), with no file and
// no network. It is decoded once, on first use, from a copy embedded in the
// binary that the tests check against a fresh training run; later calls
// return the same model. The error can only come from a broken build.
func Default() (*Model, error) { return defaultModel() }
