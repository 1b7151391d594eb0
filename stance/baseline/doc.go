// Package baseline wraps github.com/jbrukh/bayesian v1.1.0 behind the
// stance.Classifier interface, so that the evaluation can compare the
// project's naive Bayes against it on the same features.
//
// jbrukh/bayesian is the upstream of navossoc/bayesian (which the module
// proxy refuses here). It is a baseline, not our model, because of its math:
// class priors come from token counts rather than document counts, Laplace
// smoothing uses each class's own vocabulary size instead of the global one,
// unknown words are smoothed into every class, and it panics on fewer than
// two or duplicate classes. This package feeds it the features of the
// project's tokenizer, so that a comparison measures the math alone, and
// turns its panics into errors.
package baseline
