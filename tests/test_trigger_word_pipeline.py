"""datasets/trigger_word/pipeline.py: where the triggers and negatives come from, and how figures are scored."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tests.datasets import DATASETS, dataset_module
from utils import audio, stats, trigger

pipeline = dataset_module("trigger_word", "pipeline")
SPEECH_DIRS = [pipeline.PROMPTS_DIR / v for vs in pipeline.PROMPT_VOICES.values() for v in vs]
SPEECH_DIRS += [pipeline.STAMPS_DIR, *pipeline.WORD_DIRS, *pipeline.GAME_VOICES.values()]
needs_prompts = pytest.mark.skipif(  # the recordings of people in training and validation audio
    not all(folder.exists() for folder in SPEECH_DIRS),
    reason=f"the recordings of people are not installed: apt-get install {pipeline.PROMPT_PACKAGES} "
    f"{pipeline.STAMPS_PACKAGE} {pipeline.WORD_PACKAGES} {pipeline.GAME_PACKAGES}",
)


def test_prompt_voices_are_split_by_voice():
    splits = list(pipeline.PROMPT_VOICES.values())
    voices = [voice for split in splits for voice in split]
    assert len(voices) == len(set(voices))  # no voice in two splits
    assert "en_US_f_Allison" in pipeline.PROMPT_VOICES["test"]  # English speech is measured, never trained on


@pytest.mark.slow
@needs_prompts
def test_prompts_are_sentences_of_the_right_length():
    prompts = pipeline.load_prompts("val")
    lengths = [len(p) / audio.SAMPLE_RATE_HZ for p in prompts]
    assert len(prompts) > 100 and min(lengths) >= 0.7 and max(lengths) <= 6.0


def test_groups_of_speakers_are_split_whole_and_never_into_test():
    assert pipeline.speaker_split("en") == pipeline.speaker_split("en_GB")  # one language, one split
    assert pipeline.speaker_split("sr") == pipeline.speaker_split("sr@latin")
    assert pipeline.speaker_split("Default") == pipeline.speaker_split("Default_uk")  # one voice pack
    groups = ("ca", "da", "de", "en", "es", "fr", "it", "ru", "uk", "British", "Pirate", "Surfer")
    assert {pipeline.speaker_split(group) for group in groups} == {"train", "val"}
    assert pipeline.load_words("test") == ([], [])


def test_names_of_a_computer_are_recognised_in_several_languages():
    for text in ("A laptop computer", "es.utf8=Una computadora", "ru.utf8=Компьютер", "uk.utf8=Комп'ютер"):
        assert pipeline.NAMES_A_COMPUTER.search(text), text
    assert not pipeline.NAMES_A_COMPUTER.search("A frog is an amphibian.\nfr.utf8=Une grenouille")


@pytest.mark.slow
@needs_prompts
def test_words_are_short_and_each_group_in_one_split():
    train_clips, train_groups = pipeline.load_words("train")
    val_clips, val_groups = pipeline.load_words("val")
    assert not set(train_groups) & set(val_groups)
    assert len(set(train_groups)) >= 10 and len(set(val_groups)) >= 5
    lengths = [len(c) / audio.SAMPLE_RATE_HZ for c in train_clips + val_clips]
    assert min(lengths) >= 0.2 and max(lengths) <= 2.0
    mixer = pipeline.Mixer("val", seed=4, n_backgrounds=7, word_share=1.0)
    mixer.confusable_share = 0.0
    assert len(mixer.words) == len(val_clips)
    # each group equally likely, whatever its number of recordings
    weights = {g: mixer.word_weights[np.array(val_groups) == g].sum() for g in set(val_groups)}
    assert np.allclose(list(weights.values()), 1 / len(weights))


@needs_prompts
def test_stamp_descriptions_are_split_by_language_without_any_computer():
    train, val = pipeline.stamp_files("train"), pipeline.stamp_files("val")
    assert not {language for _, language in train} & {language for _, language in val}
    assert len(train) > 1000 and len(val) > 1000
    stamps = {path.name.rpartition("_desc")[0] for path, _ in train + val}
    assert "frog" in stamps and "laptop" not in stamps and "spider_computer" not in stamps


@needs_prompts
def test_game_voices_are_spoken_phrases_in_training_without_any_computer():
    train = pipeline.game_voices("train")
    assert pipeline.game_voices("val") == [] and pipeline.game_voices("test") == []
    assert {game for game, _ in train} == set(pipeline.GAME_VOICES) and len(train) > 800
    names = [name for _, name in train]
    assert "audio/tutorial/tut9.ogg" in names and "audio/memressp/productn/pcv367.ogg" in names
    # no sound effects, no research announcements (research/pcv361.ogg: "computer research completed")
    assert not any("/sfx/" in name or "/research/" in name for name in names)
    assert any(name.endswith("initiate_select1.wav") for name in names)
    assert not any(name.endswith(("initiate_die1.wav", "initiate_attack1.wav")) for name in names)
    first_of_each = [next(v for v in train if v[0] == game) for game in pipeline.GAME_VOICES]
    for samples, rate in pipeline.read_game_voices(first_of_each):  # one clip of each game
        assert samples.dtype == np.float32 and samples.ndim == 1 and rate >= 8000 and len(samples) > rate // 4


def test_missing_packages_are_named(monkeypatch, tmp_path):
    monkeypatch.setattr(pipeline, "WORD_DIRS", (tmp_path / "nowhere",))
    pipeline._load_words.cache_clear()  # an earlier test may have read the installed words
    with pytest.raises(FileNotFoundError, match="klettres-data"):
        pipeline.load_words("train")
    monkeypatch.setattr(pipeline, "STAMPS_DIR", tmp_path / "nowhere")
    with pytest.raises(FileNotFoundError, match="tuxpaint-stamps-default"):
        pipeline.stamp_files("val")
    monkeypatch.setitem(pipeline.GAME_VOICES, "megaglest", tmp_path / "nowhere")
    with pytest.raises(FileNotFoundError, match="megaglest-data"):
        pipeline.game_voices("train")
    assert pipeline.game_voices("val") == []  # the games are training's: validation needs neither


def test_people_only_mixer_puts_only_recordings_of_people_as_triggers():
    mixer = pipeline.Mixer("test", seed=1, synthetic=False, n_backgrounds=7)
    assert mixer.positives == [] and len(mixer.real_positives) == 87
    for _ in range(5):
        samples, ends = mixer.example(2, 2)
        assert samples.shape == (audio.SAMPLE_RATE_HZ * trigger.BACKGROUND_MS // 1000,)
        assert mixer.trigger_engines == ["real"] * len(ends)


def test_synthetic_only_mixer_never_uses_recordings_of_people():
    mixer = pipeline.Mixer("train", seed=1, real_share=0.0, n_backgrounds=7)
    assert mixer.real_positives == [] and mixer.real_negatives == []
    for _ in range(5):
        mixer.example(3, 2)
        assert "real" not in mixer.trigger_engines


def test_a_mixed_training_mixer_draws_both_sources():
    mixer = pipeline.Mixer("train", seed=3, real_share=0.5, n_backgrounds=7)
    sources = []
    for _ in range(20):
        mixer.example(3, 0)
        sources += mixer.trigger_engines
    share = sources.count("real") / len(sources)
    assert 0.3 < share < 0.7, share


@pytest.mark.slow
@needs_prompts
def test_evaluation_audio_shapes_and_sources():
    negative_only, triggers, ends = pipeline.evaluation_audio(
        "val", seed=5, n_negative_only=3, n_trigger_clips=4
    )
    assert negative_only.shape == (3, trigger.T_x, trigger.n_freq) and triggers.shape == (
        4,
        trigger.T_x,
        trigger.n_freq,
    )
    assert all(source == "real" for clip in ends for _, source in clip) and sum(map(len, ends)) >= 6
    synthetic = pipeline.evaluation_audio("val", seed=5, n_negative_only=1, n_trigger_clips=4, people=False)[
        2
    ]
    assert all(source != "real" for clip in synthetic for _, source in clip)
    # negative-only audio alone (validation's extra hours): the same clips as when trigger clips follow
    alone = pipeline.evaluation_audio("val", seed=5, n_negative_only=3, n_trigger_clips=0)
    assert alone[1].shape == (0, trigger.T_x, trigger.n_freq) and alone[2] == []
    np.testing.assert_array_equal(alone[0], negative_only)


def test_sound_alike_audio_holds_only_sound_alikes():
    mixer = pipeline.Mixer("test", seed=1, n_backgrounds=7)
    mixer.confusable_share = 1.0
    confusable = set(np.flatnonzero(mixer.confusable).tolist())
    drawn = []
    mixer._augment = lambda clip_id, clips: drawn.append(clip_id) or clips[clip_id]
    for _ in range(30):
        mixer._negative()
    assert set(drawn) <= confusable and len(set(drawn)) > 5
    drawn.clear()
    mixer.confusable_share, mixer.real_share = 0.0, 0.0  # the negative-only audio's speech
    for _ in range(60):
        mixer._negative()
    assert not set(drawn) & confusable and len(set(drawn)) > 20
    clips, placed = pipeline.sound_alike_audio("test", seed=2, n_clips=3)
    assert clips.shape == (3, trigger.T_x, trigger.n_freq) and 9 <= placed <= 12


def test_rates_count_detections_and_false_accepts_per_hour():
    ty = trigger.T_y
    negative = np.zeros((360, ty))  # one hour
    negative[0, 10] = negative[1, 200] = 0.9  # two false accepts at thresholds below 0.9
    triggers = np.zeros((2, ty))
    ends = [[(2000, "real"), (6000, "flite")], [(4000, "real")]]
    triggers[0, pipeline.end_step(2000) + 2] = 0.8  # detects the first
    triggers[1, pipeline.end_step(4000) + 40] = 0.8  # far too late: missed, and a false accept
    recall, per_hour, detected, events, false = pipeline.rates(negative, triggers, ends, 0.5)
    assert (detected, events, false) == (1, 3, 2) and per_hour == pytest.approx(2.0)
    assert pipeline.rates(negative, triggers, ends, 0.5, source="real")[2:4] == (1, 2)
    assert pipeline.rates(negative, triggers, ends, 0.95)[:3] == (0.0, 0.0, 0)
    assert pipeline.choose_threshold(negative, triggers, ends) == 0.9  # the lowest with <= 1 per hour
    assert pipeline.choose_threshold(negative * 0 + 1.0, triggers, ends) == pipeline.THRESHOLDS[-1]


class _KnownOutputs:
    """Stands in for a model: ``predict`` returns the probabilities it was given, whatever the input."""

    def __init__(self, probs):
        self.probs = probs

    def predict(self, X, batch_size=64, verbose=0):
        assert len(X) == len(self.probs)
        return self.probs[..., None]


def test_hard_examples_are_those_with_a_false_accept():
    ty = trigger.T_y
    probs = np.zeros((4, ty))
    probs[0, pipeline.end_step(3000) + 2] = 0.9  # fires right after its trigger: a detection, not hard
    probs[1, 100] = 0.9  # fires where nothing ended: hard
    probs[2, 100] = 0.4  # below the mining threshold: not hard
    probs[3, pipeline.end_step(5000) + 2] = probs[3, 220] = 0.9  # a detection and a false accept: hard
    ends = [[3000], [], [], [5000]]
    X = np.zeros((4, trigger.T_x, trigger.n_freq), np.float32)
    assert pipeline.hard_examples(_KnownOutputs(probs), X, ends, 0.5).tolist() == [1, 3]
    assert pipeline.hard_examples(_KnownOutputs(probs), X, ends, 0.3).tolist() == [1, 2, 3]
    assert pipeline.hard_examples(_KnownOutputs(probs), X, ends, 0.95).tolist() == []


def test_intervals():
    low, high = stats.wilson_interval(85, 100)
    assert low == pytest.approx(0.767, abs=0.002) and high == pytest.approx(0.907, abs=0.002)
    assert stats.wilson_interval(0, 0) == (0.0, 1.0)
    low, high = stats.poisson_rate_interval(2, 2.0)
    assert low == pytest.approx(0.121, abs=0.002) and high == pytest.approx(3.612, abs=0.005)
    assert stats.poisson_rate_interval(0, 2.0) == (0.0, pytest.approx(1.844, abs=0.002))


def test_every_shipped_model_has_a_recorded_threshold():
    recorded = json.loads((DATASETS / "trigger_word" / "thresholds.json").read_text(encoding="utf-8"))
    assert set(recorded) == {pipeline.MODEL.name, pipeline.SYNTHETIC_MODEL.name}
    for name, entry in recorded.items():
        assert float(entry["threshold"]) in set(pipeline.THRESHOLDS.tolist()), name
        assert trigger.shipped_threshold(name) == entry["threshold"]
        assert (DATASETS / "trigger_word" / name).is_file()
