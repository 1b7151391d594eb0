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
// until every projected gradient of a pass is below Epsilon in magnitude
// (the dual's optimality condition; no equality constraint couples the
// variables because the intercept is a feature). Like LIBLINEAR with -B, a
// constant feature of value Bias stands in for the intercept b (and is
// regularised with the rest).
//
// Finally the weights are interpolated between the SVM and naive Bayes:
//
//	w′ = (1 − β) w̄ + β w,   w̄ = ‖w‖₁ / |V|
//
// (β = 1 is the plain SVM on x̃; β = 0 gives every feature the same weight
// w̄, which scores a statement by w̄ rᵀf̂, naive Bayes' log-odds without the
// prior). The decision value is w′ᵀx̃ + b. The paper's settings are α = 1,
// C = 1, β = 0.25, binarised features, L2 loss.
//
// # The intercept
//
// In the paper b is the SVM's. That suits its balanced binary tasks, but
// the SVM's b was fitted to the SVM's weights, not to the interpolated w′:
// with small β and one label against the rest (a small label against a
// large remainder) the NB part dominates and b is on the wrong scale. On
// SemEval-2016 stance (cross-validated on the training tweets) word 1–3-gram
// NBSVM fell from 61 F_avg at β = 1 to 54 at β = 0. With PriorBias the
// intercept is interpolated too, between the SVM's b and naive Bayes'
// log-prior ratio on the scale of the NB part:
//
//	b′ = (1 − β) w̄ log((N₊ + 1)/(N₋ + 1)) + β b
//
// (N₊, N₋ the statements on either side, add-one to stay finite), so that
// β = 0 is exactly naive Bayes' decision rule up to the scale w̄ and β = 1
// the SVM's. That brought β = 0 back to 64.
//
// # Groups
//
// [TrainGroups] trains one model for statements from several groups (the
// targets of a stance task) by feature augmentation (Daumé III 2007,
// "Frustratingly Easy Domain Adaptation"): every feature is present once
// as itself, shared by all groups, and once conjoined with the statement's
// group, and each group has an indicator feature. [Model.Group] predicts
// for one group.
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
