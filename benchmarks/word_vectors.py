"""The `word_vectors` figures, measured in one run: benchmark accuracy, agreement with gensim, bias, times.

    .venv/bin/python benchmarks/word_vectors.py

Runs the source notebook (the reference solutions) in a fresh kernel in learner mode, then, in the same
kernel, does what the notebook only samples: gensim's ``evaluate_word_analogies`` on all 19,544 questions
of the Google analogy set (``restrict_vocab=30000``), compared question by question with
``analogy_accuracy``; ``complete_analogy`` against gensim's ``most_similar`` on 500 answered questions
(whole vocabulary); ``most_similar`` against gensim on 200 words. Then it runs the notebook again in
grading mode (``NBGRADER_EXECUTION=autograde``). Times are wall-clock seconds, kernel start and GloVe
loading included, and multiples of the median time of ``import keras`` in a fresh process (3 tries).
Proportions come with Wilson 95% intervals; the notebook's own figures (Spearman with bootstrap
intervals, WEAT, the Gonen-Goldberg check) are read from its kernel.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.notebook_timing import measure, verdict
from utils.vectors import wilson_interval

ROOT = Path(__file__).resolve().parent.parent

NOTEBOOK = ROOT / "assignments" / "source" / "word_vectors" / "word_vectors.ipynb"
LEARNER_LIMIT_S = 120
GRADING_LIMIT_S = 60

# Runs in the notebook's kernel after learner mode: `questions`, `results`, `kv`, `analogy_seconds`,
# `weat`, `gonen` and the graded functions are the notebook's own.
FIGURES = """
import json
from gensim.test.utils import datapath
start = time.perf_counter()
_, full_sections = kv.evaluate_word_analogies(datapath("questions-words.txt"), restrict_vocab=RESTRICT_VOCAB)
full_gensim_seconds = time.perf_counter() - start
outcome = {}
for section in full_sections[:-1]:
    for kind, key in (("correct", "right"), ("incorrect", "wrong")):
        for question in section[kind]:
            outcome[tuple(w.lower() for w in question)] = key
agree_all = 0
for q, predicted in zip(questions, results["predictions"]):
    mine = "skipped" if predicted is None else ("right" if predicted == q[4] else "wrong")
    agree_all += mine == outcome.get(q[1:], "skipped")
gensim_total = full_sections[-1]
rng_bench = np.random.default_rng(1)
answered_rows = [i for i, p in enumerate(results["predictions"]) if p is not None]
same_single = 0
for i in rng_bench.choice(answered_rows, 500, replace=False):
    _, a, b, c, _ = questions[i]
    same_single += complete_analogy(a, b, c, word_to_vec_map) == kv.most_similar(positive=[b, c], negative=[a], topn=1)[0][0]
same_words, largest = 0, 0.0
for word in rng_bench.choice(glove_words[100:10000], 200, replace=False):
    mine, theirs = most_similar(word, word_to_vec_map, k=10), kv.most_similar(word, topn=10)
    same_words += [w for w, _ in mine] == [w for w, _ in theirs]
    largest = max(largest, max(abs(s - t) for (_, s), (_, t) in zip(mine, theirs)))
similarity = {}
for name in ("wordsim353", "simlex999"):
    triples = load_word_similarity(name)
    human = np.array([h for _, _, h in triples])
    cos = np.array([cosine_similarity(word_to_vec_map[a], word_to_vec_map[b]) for a, b, _ in triples])
    rows = np.column_stack([human, cos])
    similarity[name] = [float(spearmanr(human, cos).statistic), len(triples),
                        *bootstrap_interval(lambda r: spearmanr(r[:, 0], r[:, 1]).statistic, rows, n_boot=2000)]
print(json.dumps({
    "questions": len(questions), "answered": results["answered"], "skipped": results["skipped"],
    "correct": results["correct"], "sections": results["sections"],
    "ours_seconds": analogy_seconds, "gensim_seconds": full_gensim_seconds,
    "gensim_correct": len(gensim_total["correct"]), "gensim_answered": len(gensim_total["correct"]) + len(gensim_total["incorrect"]),
    "agree_all": agree_all, "same_single": same_single, "same_words": same_words, "largest": float(largest),
    "similarity": similarity, "weat": weat, "gonen": gonen, "permutations": N_PERMUTATIONS,
}))
"""


def main() -> None:
    baseline, learner_seconds, f, grading_seconds = measure(NOTEBOOK, FIGURES)

    print(
        f"Google analogy set, GloVe 6B 50d, restrict_vocab=30000, 3CosAdd: {f['questions']:,} questions, "
        f"{f['answered']:,} answered, {f['skipped']:,} skipped"
    )
    for name, c in f["sections"].items():
        low, high = wilson_interval(c["correct"], c["answered"])
        print(
            f"  {name:28} {c['correct']:5}/{c['answered']:<5} {c['accuracy']:6.1%}  [{low:.1%}, {high:.1%}]"
            f"  skipped {c['skipped']}"
        )
    for label, syntactic in (("semantic", False), ("syntactic", True)):
        parts = [c for name, c in f["sections"].items() if name.startswith("gram") == syntactic]
        correct, answered = sum(c["correct"] for c in parts), sum(c["answered"] for c in parts)
        low, high = wilson_interval(correct, answered)
        print(f"  {label:28} {correct:5}/{answered:<5} {correct / answered:6.1%}  [{low:.1%}, {high:.1%}]")
    low, high = wilson_interval(f["correct"], f["answered"])
    print(
        f"  {'all':28} {f['correct']:5}/{f['answered']:<5} {f['correct'] / f['answered']:6.1%}  "
        f"[{low:.1%}, {high:.1%}]"
    )
    print(
        f"gensim evaluate_word_analogies: {f['gensim_correct']}/{f['gensim_answered']}; same outcome (right, "
        f"wrong, skipped) for {f['agree_all']}/{f['questions']} questions"
    )
    print(
        f"time for the whole benchmark: analogy_accuracy {f['ours_seconds']:.1f} s, gensim "
        f"{f['gensim_seconds']:.1f} s ({f['gensim_seconds'] / f['ours_seconds']:.0f}x)"
    )
    print(
        f"complete_analogy = gensim most_similar(positive=[b, c], negative=[a]) for {f['same_single']}/500; "
        f"most_similar top-10 identical for {f['same_words']}/200 words (largest similarity difference "
        f"{f['largest']:.1e})"
    )
    for name, (rho, n, low, high) in f["similarity"].items():
        print(f"Spearman {name}: {rho:.3f} over {n} pairs, bootstrap 95% [{low:.3f}, {high:.3f}]")
    print(
        "WEAT 6 (male/female names, career/family) effect size: "
        + ", ".join(f"{k} {v:+.2f}" for k, v in f["weat"].items())
    )
    for label, (cluster, neighbours) in f["gonen"].items():
        print(
            f"Gonen-Goldberg check, {label}: k-means matches the lean {cluster:.1%}, "
            f"nearest neighbours share it {neighbours:.1%}"
        )
    for mode, seconds, limit in (
        ("learner", learner_seconds, LEARNER_LIMIT_S),
        ("grading", grading_seconds, GRADING_LIMIT_S),
    ):
        print(
            f"{mode} mode, whole notebook: {seconds:5.1f} s = {seconds / baseline:5.1f} baselines"
            f"   target < {limit} s   {verdict(seconds < limit)}"
        )


if __name__ == "__main__":
    main()
