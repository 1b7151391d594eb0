// Package evaluate measures how well a stance classifier labels statements,
// with gonum (mat, stat, stat/distuv, floats).
//
// Predictions come from a fixed test set ([Evaluate], [TrainTest]) or from
// k-fold cross-validation ([CrossValidate]: stratified by label, or grouped
// so that whole elections are left out). Cross-validation takes a
// stance.TrainFunc, so any kind of model can be measured: [NaiveBayes] for
// this project's models, baseline.TrainFunc for the jbrukh/bayesian
// baseline. It collects the out-of-fold prediction of every item and the
// metrics are computed once on the pooled predictions; [PerFold] gives a
// [Measure] fold by fold with its mean and standard deviation instead, as
// benchmarks report them (package stance/evaluate/benchmark runs those).
//
//	p, err := evaluate.CrossValidate(corpus.Leaders(), stance.NaiveBayes(stance.LeaderOptions()),
//		evaluate.CVOptions{Folds: 10, Seed: 1})
//	r, err := evaluate.NewReport(p, evaluate.ReportOptions{Model: "mnb"})
//	r.WriteText(os.Stdout) // or json.NewEncoder(os.Stdout).Encode(r)
//
// # Metrics
//
// Every formula is documented where it is computed, with its reference:
//
//   - the confusion matrix (rows true labels, columns predicted), accuracy,
//     per-class precision, recall, F1 and support, and macro, micro and
//     weighted averages: [Confusion], [PerClass], [Compute];
//   - Cohen's kappa (Cohen 1960): [Kappa];
//   - log loss with probabilities clipped at 1e-15: [LogLoss];
//   - the multi-class Brier score (Brier 1950): [Brier];
//   - expected calibration error and the reliability diagram's bins
//     (Naeini et al. 2015): [Calibration];
//   - bootstrap percentile intervals (Efron & Tibshirani 1993) of accuracy
//     and macro-F1: [Bootstrap]; the Wilson score interval (Wilson 1927)
//     of accuracy: [Wilson];
//   - McNemar's test (McNemar 1947), exact below 25 discordant items, and
//     a paired bootstrap interval of the macro-F1 difference: [McNemarTest],
//     [Compare];
//   - risk–coverage tables of selective classification and the choice of
//     an abstention threshold by cross-validation on training data:
//     [RiskCoverage], [ChooseThreshold];
//   - accuracy (with its Wilson interval) and macro-F1 on the items of
//     each tag a corpus gives its hard cases: [PerTag];
//   - one number to report or maximise, such as accuracy, macro-F1 or
//     SemEval's F_avg, and its values fold by fold: [Measure], [PerFold].
//
// Everything random (folds, resamples) is seeded and depends on nothing
// else, so a report is reproducible; parallel cross-validation gives the
// same predictions as a sequential one.
//
// # Reports
//
// A [Report] holds all of the above. [Report.WriteText] writes a table in
// the manner of scikit-learn's classification_report followed by the
// confusion matrix and the other metrics; encoding/json writes the JSON
// report. Package stance/evaluate/plot draws the confusion matrix and the
// reliability diagram as PNG images, so that this package does not depend
// on a plotting library.
package evaluate
