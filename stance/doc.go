// Package stance trains and applies naive Bayes models that label a
// statement with its stance toward an election's declared winner.
//
// The domain's three labels are [Recognising], [Withholding] and [Hostile],
// but a model is label-agnostic: it learns whatever labels its examples
// carry, so the same code trains FAVOR/AGAINST/NONE or sentiment.
//
//	m, err := stance.Default() // trained on the embedded leaders' corpus, embedded too
//	p := m.Predict("We are not ready to recognise the new president.")
//	fmt.Println(p.Label, p.Probability) // withholding 0.67
//
// Two more models ship embedded, each recording its task ([Model.Task]):
// [DefaultTone] labels a remark's tone (positive, neutral, negative: its
// wording's valence, whatever its stance), and [DefaultPolarity] the
// positive or negative sentiment of any English text, abstaining inside a
// neutral band. [DefaultFor] returns a task's default model.
//
// Stance models for Spanish, French, Russian, Portuguese and German ship
// embedded too, each trained on the language's own corpus with its own
// analysis ([LanguageOptions]: its stemmer, negators and elisions) and
// decoded only when first asked for: [DefaultLanguage] returns a
// language's model, [DefaultLanguages] lists them, and text in any other
// language is refused with [ErrUnsupportedLanguage] rather than given the
// English model's guess. So do their tone models, trained on the tones of
// the same corpora ([DefaultToneLanguage], [ToneLanguageOptions]); a
// [Router] with [DefaultToneRouterOptions] gives each statement the tone
// of its language's model.
//
// # The models
//
// Multinomial naive Bayes (McCallum & Nigam 1998, "A comparison of event
// models for naive Bayes text classification"). For label c and the
// features f₁…fₙ of a statement,
//
//	score(c) = log P(c) + Σᵢ log θ(c,fᵢ)
//	θ(c,f)   = (N(c,f) + α) / (N(c) + α·|V|)
//
// where N(c,f) counts feature f in training statements of label c, N(c) =
// Σ_f N(c,f), |V| is the vocabulary of the whole training set (not of each
// label), α > 0 is the Lidstone smoothing constant (α = 1 is Laplace), and
// P(c) = D(c)/D is the share of training statements (documents, not tokens)
// with label c, or 1/|C| with UniformPrior. Features never seen in training
// are skipped: they carry no evidence, and smoothing them in would only add
// the same constant per label scaled by N(c).
//
// Complement naive Bayes (Rennie, Shih, Teevan & Karger 2003, "Tackling the
// poor assumptions of naive Bayes text classifiers", eq. 4–6) estimates each
// label's parameters from every other label's statements, which steadies
// small or skewed labels:
//
//	θ̃(c,f)  = (Ñ(c,f) + α) / (Ñ(c) + α·|V|),  Ñ(c,f) = Σ_{c'≠c} N(c',f)
//	score(c) = − Σᵢ log θ̃(c,fᵢ)
//
// as scikit-learn's ComplementNB (no prior, no weight normalisation).
//
// Probabilities are P(c|x) = exp(score(c) − LSE), LSE = log Σ_c exp(score(c))
// computed with the maximum subtracted first (log-sum-exp). For complement
// NB they are a softmax of the scores, not calibrated posteriors, and far
// too sure of themselves: naive Bayes counts correlated features as
// independent evidence.
//
// # Calibration
//
// A model may carry a [Calibration]: a temperature T > 0 by which every
// score is divided before the softmax (temperature scaling, Guo et al.
// 2017), fitted by maximum likelihood on statements the model was not
// trained on. It changes the probabilities, and so abstention, but never the
// label. [TrainCalibrated] fits it on out-of-fold scores of the training
// corpus, which is how the default model and examples/train -calibrate are
// made; [Calibrate] fits it on a held-out set of one's own. Explanations
// stay in raw log-odds (see [Explanation]).
//
// Training is one pass over the data, and calibration needs held-out
// scores, so [Train], [Trainer] and the Beam pipeline (examples/beam) make
// uncalibrated models: calibrate afterwards with [Calibrate] on held-out
// data. [Merge] drops calibrations, since the merged counts are another
// model than the ones they were fitted to. The model file stores the
// calibration (format version 2; version-1 files load as uncalibrated
// models), and a calibration's VADER term, which stacks a positive/negative
// model with VADER's compound score (version 3, written only for a model
// that has one; see [Calibration]).
//
// With Binary, a feature counts once per statement both in training and in
// prediction (Bernoulli-style presence counts in the multinomial model;
// Schneider 2004; Wang & Manning 2012 found it helps on short texts).
//
// Counts are sufficient statistics: models trained on shards of a corpus
// [Merge] into exactly the model trained on the whole.
//
// # Ties and empty input
//
// A tie between labels goes to the label listed first in [Model.Labels]. A
// statement with no known feature (empty, punctuation only, or all words
// unseen) is predicted from the prior alone and flagged with NoFeatures.
//
// # Streams of statements
//
// [Ordered] runs a function on every item of a stream on every core and
// hands the results on in input order, with bounded memory and no
// allocation per item; [Train], [Model.PredictSeq] and [Model.PredictAll]
// are built on it, and so is examples/classify. [ReadLines] reads one
// statement per line for it, and [TextWarning] says which statements a
// program should warn about.
//
// # Concurrency
//
// A *Model is immutable after training or loading and safe for concurrent
// use. A *Trainer is not: give each goroutine its own and Merge.
package stance
