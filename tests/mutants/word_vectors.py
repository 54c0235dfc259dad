"""Wrong implementations of the graded functions of ``word_vectors`` that its tests must reject."""

from __future__ import annotations

from tests.mutants import Mutant

EQUALIZE_COURSE_VARIANT = """
def equalize(pair, bias_axis, word_to_vec_map):
    w1, w2 = pair
    e_w1, e_w2 = word_to_vec_map[w1], word_to_vec_map[w2]
    mu = (e_w1 + e_w2) / 2
    mu_B = np.dot(mu, bias_axis) / np.dot(bias_axis, bias_axis) * bias_axis
    mu_orth = mu - mu_B
    e_w1B = np.dot(e_w1, bias_axis) / np.dot(bias_axis, bias_axis) * bias_axis
    e_w2B = np.dot(e_w2, bias_axis) / np.dot(bias_axis, bias_axis) * bias_axis
    scale = np.sqrt(np.abs(1 - np.dot(mu_orth, mu_orth)))
    e_1 = mu_orth + scale * (e_w1B - mu_B) / np.linalg.norm(e_w1 - mu_orth - mu_B)
    e_2 = mu_orth + scale * (e_w2B - mu_B) / np.linalg.norm(e_w2 - mu_orth - mu_B)
    return e_1, e_2
"""

MOST_SIMILAR_LOOP_RAW = """
def most_similar(word, word_to_vec_map, k=10):
    e = word_to_vec_map[word]
    scored = [(w, float(np.dot(e, v))) for w, v in word_to_vec_map.items() if w != word]
    return sorted(scored, key=lambda pair: -pair[1])[:k]
"""

MUTANTS = [
    # cosine_similarity
    Mutant(
        "cosine_similarity",
        "absolute value of the cosine",
        replace=(
            (
                "return float(np.dot(u, v) / (norm_u * norm_v))",
                "return float(abs(np.dot(u, v)) / (norm_u * norm_v))",
            ),
        ),
    ),
    Mutant(
        "cosine_similarity",
        "cosine distance instead of similarity",
        replace=(
            (
                "return float(np.dot(u, v) / (norm_u * norm_v))",
                "return float(1 - np.dot(u, v) / (norm_u * norm_v))",
            ),
        ),
    ),
    Mutant(
        "cosine_similarity",
        "squared norms (no square root)",
        replace=(
            ("norm_u = np.linalg.norm(u)", "norm_u = np.sum(u * u)"),
            ("norm_v = np.linalg.norm(v)", "norm_v = np.sum(v * v)"),
        ),
    ),
    Mutant(
        "cosine_similarity",
        "divides by the norm of u only",
        replace=(("/ (norm_u * norm_v)", "/ (norm_u * norm_u)"),),
    ),
    Mutant(
        "cosine_similarity",
        "NaN for a zero vector",
        replace=(("    if norm_u == 0 or norm_v == 0:\n        return 0.0\n", ""),),
    ),
    Mutant(
        "cosine_similarity",
        "mean of the product instead of the dot product",
        replace=(("np.dot(u, v) /", "np.mean(u * v) /"),),
    ),
    # most_similar
    Mutant(
        "most_similar",
        "keeps the word itself",
        replace=(("    scores[table.row[word]] = -np.inf  # never the word itself\n", ""),),
    ),
    Mutant(
        "most_similar",
        "drops the first result instead of the word itself",
        replace=(
            ("    scores[table.row[word]] = -np.inf  # never the word itself\n", ""),
            (
                'best = np.argsort(-scores, kind="stable")[:k]',
                'best = np.argsort(-scores, kind="stable")[1 : k + 1]',
            ),
        ),
    ),
    Mutant(
        "most_similar",
        "least similar first",
        replace=(
            (
                'best = np.argsort(-scores, kind="stable")[:k]',
                'best = np.argsort(scores, kind="stable")[1 : k + 1]',
            ),
        ),
    ),
    Mutant(
        "most_similar",
        "query vector not normalised (dot products, not cosines)",
        replace=(
            (
                "scores = table.matrix @ table.matrix[table.row[word]]",
                "scores = table.matrix @ word_to_vec_map[word]",
            ),
        ),
    ),
    Mutant("most_similar", "raw dot products over a loop", source=MOST_SIMILAR_LOOP_RAW),
    Mutant(
        "most_similar",
        "one neighbour too few",
        replace=(
            (
                'best = np.argsort(-scores, kind="stable")[:k]',
                'best = np.argsort(-scores, kind="stable")[: k - 1]',
            ),
        ),
    ),
    Mutant(
        "most_similar",
        "returns only the words",
        replace=(
            (
                "return [(table.words[i], float(scores[i])) for i in best]",
                "return [table.words[i] for i in best]",
            ),
        ),
    ),
    # complete_analogy
    Mutant(
        "complete_analogy",
        "does not exclude the input words",
        replace=(
            ("    for word in (word_a, word_b, word_c):\n        scores[table.row[word]] = -np.inf\n", ""),
        ),
    ),
    Mutant(
        "complete_analogy",
        "excludes only word_c",
        replace=(("for word in (word_a, word_b, word_c):", "for word in (word_c,):"),),
    ),
    Mutant(
        "complete_analogy",
        "a - b + c instead of b - a + c",
        replace=(
            (
                "target = E[table.row[word_b]] - E[table.row[word_a]] + E[table.row[word_c]]",
                "target = E[table.row[word_a]] - E[table.row[word_b]] + E[table.row[word_c]]",
            ),
        ),
    ),
    Mutant(
        "complete_analogy",
        "b - a - c",
        replace=(
            (
                "- E[table.row[word_a]] + E[table.row[word_c]]",
                "- E[table.row[word_a]] - E[table.row[word_c]]",
            ),
        ),
    ),
    Mutant(
        "complete_analogy",
        "adds raw vectors instead of unit vectors",
        replace=(
            (
                "target = E[table.row[word_b]] - E[table.row[word_a]] + E[table.row[word_c]]",
                "target = word_to_vec_map[word_b] - word_to_vec_map[word_a] + word_to_vec_map[word_c]",
            ),
        ),
    ),
    Mutant(
        "complete_analogy",
        "least similar word",
        replace=(
            ("scores[table.row[word]] = -np.inf", "scores[table.row[word]] = np.inf"),
            ("int(np.argmax(scores))", "int(np.argmin(scores))"),
        ),
    ),
    # analogy_accuracy
    Mutant(
        "analogy_accuracy",
        "counts skipped questions as wrong",
        replace=(
            (
                '"accuracy": correct / answered if answered',
                '"accuracy": correct / len(questions) if answered',
            ),
        ),
    ),
    Mutant(
        "analogy_accuracy",
        "searches the answer in the whole vocabulary",
        replace=(("E = table.matrix[:n_words]", "E = table.matrix"),),
    ),
    Mutant(
        "analogy_accuracy",
        "does not exclude a, b and c",
        replace=(
            ("        scores[np.arange(len(batch))[:, None], batch] = -np.inf  # never a, b or c\n", ""),
        ),
    ),
    Mutant(
        "analogy_accuracy",
        "skips only questions whose words are unknown, ignoring restrict_vocab",
        replace=(
            ("all(table.row.get(w, n_words) < n_words for w in q[1:])", "all(w in table.row for w in q[1:])"),
            ("E = table.matrix[:n_words]", "E = table.matrix"),
        ),
    ),
    Mutant(
        "analogy_accuracy",
        "one word too many in the restricted vocabulary",
        replace=(
            (
                "n_words = min(restrict_vocab, len(table.words))",
                "n_words = min(restrict_vocab + 1, len(table.words))",
            ),
        ),
    ),
    Mutant(
        "analogy_accuracy",
        "section accuracy over all its questions",
        replace=(
            (
                'counts["correct"] / counts["answered"] if counts["answered"]',
                'counts["correct"] / (counts["answered"] + counts["skipped"]) if counts["answered"]',
            ),
        ),
    ),
    Mutant(
        "analogy_accuracy",
        "checks only a, b, c against the vocabulary, not the expected answer d",
        replace=(("for w in q[1:])", "for w in q[1:4])"),),
    ),
    Mutant(
        "analogy_accuracy",
        "b - a - c",
        replace=(("- E[batch[:, 0]] + E[batch[:, 2]]", "- E[batch[:, 0]] - E[batch[:, 2]]"),),
    ),
    # neutralize
    Mutant(
        "neutralize",
        "divides by |g| instead of |g|^2",
        replace=(("(np.dot(e, g) / np.dot(g, g)) * g", "(np.dot(e, g) / np.linalg.norm(g)) * g"),),
    ),
    Mutant(
        "neutralize",
        "assumes g has length 1",
        replace=(("(np.dot(e, g) / np.dot(g, g)) * g", "np.dot(e, g) * g"),),
    ),
    Mutant("neutralize", "adds the projection", replace=(("return e - e_bias", "return e + e_bias"),)),
    Mutant("neutralize", "returns the projection", replace=(("return e - e_bias", "return e_bias"),)),
    Mutant(
        "neutralize",
        "subtracts in place, changing word_to_vec_map",
        replace=(("    return e - e_bias", "    e -= e_bias\n    return e"),),
    ),
    Mutant(
        "neutralize",
        "projects g on e instead of e on g",
        replace=(("(np.dot(e, g) / np.dot(g, g)) * g", "(np.dot(e, g) / np.dot(e, e)) * e"),),
    ),
    # equalize
    Mutant(
        "equalize",
        "raw vectors instead of unit vectors",
        replace=(
            ("e_1 = word_to_vec_map[w1] / np.linalg.norm(word_to_vec_map[w1])", "e_1 = word_to_vec_map[w1]"),
            ("e_2 = word_to_vec_map[w2] / np.linalg.norm(word_to_vec_map[w2])", "e_2 = word_to_vec_map[w2]"),
        ),
    ),
    Mutant(
        "equalize",
        "does not normalise the bias axis",
        replace=(("g = bias_axis / np.linalg.norm(bias_axis)", "g = bias_axis"),),
    ),
    Mutant("equalize", "returns the pair swapped", replace=(("return e_1, e_2", "return e_2, e_1"),)),
    Mutant("equalize", "keeps the bias part in nu", replace=(("nu = mu - mu_B", "nu = mu"),)),
    Mutant(
        "equalize",
        "forgets the square root",
        replace=(
            ("scale = np.sqrt(max(1.0 - np.dot(nu, nu), 0.0))", "scale = max(1.0 - np.dot(nu, nu), 0.0)"),
        ),
    ),
    Mutant("equalize", "the course variant on raw vectors with abs()", source=EQUALIZE_COURSE_VARIANT),
]
