// Package nbsvm implements NBSVM, the naive Bayes – support vector machine
// of Wang & Manning (2012), "Baselines and Bigrams: Simple, Good Sentiment
// and Topic Classification", ACL 2012, section 2.3, behind the
// [stance.Classifier] interface.
//
// # The model
//
// For a binary problem with labels y ∈ {+1, −1}, let f̂ be the feature
// vector of a statement: its feature counts, or with Binary (the paper's
// choice) f̂ = 1{f > 0}. With smoothing α > 0 the count vectors are
//
//	p = α + Σ_{i: yᵢ=+1} f̂ᵢ        q = α + Σ_{i: yᵢ=−1} f̂ᵢ
//
// and the log-count ratio is
//
//	r = log( (p / ‖p‖₁) / (q / ‖q‖₁) )
//
// (componentwise). Each statement is scaled by r, x̃ = r ∘ f̂, and a linear
// classifier is trained on the x̃. Here it is the L2-regularised SVM of
// LIBLINEAR, which the paper used,
//
//	min_w  ½‖w‖² + C Σᵢ ξ(w; x̃ᵢ, yᵢ)
//	ξ = max(0, 1 − yᵢ wᵀx̃ᵢ)²   (L2Loss, squared hinge, the paper's choice)
//	ξ = max(0, 1 − yᵢ wᵀx̃ᵢ)    (L1Loss, hinge)
//
// solved in the dual by coordinate descent (Hsieh, Chang, Lin, Keerthi &
// Sundararajan 2008, "A Dual Coordinate Descent Method for Large-scale
// Linear SVM", ICML, algorithm 1): with Q̄ᵢᵢ = x̃ᵢᵀx̃ᵢ + Dᵢᵢ, U = ∞ and
// Dᵢᵢ = 1/(2C) for L2Loss, U = C and Dᵢᵢ = 0 for L1Loss, each step takes one
// dual variable αᵢ (in a seeded random order per pass) and sets
//
//	G  = yᵢ wᵀx̃ᵢ − 1 + Dᵢᵢ αᵢ
//	αᵢ ← min(max(αᵢ − G/Q̄ᵢᵢ, 0), U),   w ← w + Δαᵢ yᵢ x̃ᵢ
//
// until the projected gradients of a pass span less than Epsilon. Like
// LIBLINEAR with -B, a constant feature of value Bias stands in for the
// intercept b (and is regularised with the rest).
//
// Finally the weights are interpolated between the SVM and naive Bayes:
//
//	w′ = (1 − β) w̄ + β w,   w̄ = ‖w‖₁ / |V|
//
// (β = 1 is the plain SVM on x̃; β → 0 gives every feature the same weight
// w̄, which scores a statement by rᵀf̂, the naive Bayes log-odds without the
// prior). The decision value is w′ᵀx̃ + b. The paper's defaults are α = 1,
// C = 1, β = 0.25, binarised features, L2 loss.
//
// # More than two labels
//
// One versus rest: each label k gets its own r_k, w_k and b_k from the
// problem "k against every other label", and a statement goes to the label
// with the largest decision value (ties to the label listed first). The
// probabilities in a [stance.Prediction] are the softmax of the decision
// values; they order the labels but are not calibrated.
//
// # Properties
//
// Training is deterministic for a given Seed: the vocabulary is numbered in
// order of first occurrence and the coordinate order comes from a seeded
// PCG generator. A *Model is immutable and safe for concurrent use;
// Predict does not allocate in steady state beyond the returned value.
package nbsvm
