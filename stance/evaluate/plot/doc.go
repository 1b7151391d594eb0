// Package plot draws the figures of an evaluation as PNG images with
// gonum.org/v1/plot: the confusion matrix as a heatmap with the counts in
// its cells and the label names on both axes ([Confusion]), and the
// reliability diagram of calibration ([Reliability]; [ReliabilityCurves]
// for raw and calibrated probabilities on one plot). [WriteFiles] writes
// both for an evaluate.Report.
//
// It is a package of its own so that package evaluate does not depend on
// the plotting library.
package plot
