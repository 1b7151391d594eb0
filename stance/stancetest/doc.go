// Package stancetest helps test stance classifiers, in the manner of
// net/http/httptest and testing/fstest.
//
// [Validate] cross-validates a stance.TrainFunc (or evaluates a trained
// stance.Classifier) on labelled examples and reports every score below a
// floor through t.Errorf, with the numbers:
//
//	func TestMyModel(t *testing.T) {
//		stancetest.Validate(t, stance.NaiveBayes(opts), corpus.Leaders(), stancetest.Want{
//			MacroF1:    0.7,
//			PerClassF1: map[corpus.Label]float64{corpus.Hostile: 0.6},
//		})
//	}
//
// [Lookup] is a classifier that answers from a table, for testing code
// that takes a stance.Classifier.
package stancetest
