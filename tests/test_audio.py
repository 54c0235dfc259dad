"""utils.audio on tiny fixture clips made here (a sine, silence, a click), with exact expected results."""

from __future__ import annotations

import math

import numpy as np
import pytest

from utils import audio

RATE = audio.SAMPLE_RATE_HZ


@pytest.mark.parametrize("suffix", [".wav", ".flac"])
def test_round_trip_is_exact_at_16_bit(tmp_path, suffix):
    samples = np.array([0.0, 0.5, -0.5, 1.0, -1.0, 0.25], dtype=np.float32)
    path = audio.write_audio(tmp_path / f"x{suffix}", samples)
    back, rate = audio.read_audio(path)
    assert rate == RATE
    # 1.0 clips to 32767 / 32768; everything else is exact in 16 bits
    assert back.tolist() == [0.0, 0.5, -0.5, 32767 / 32768, -1.0, 0.25]
    segment = audio.load_clip(path)
    assert (segment.frame_rate, segment.channels, segment.sample_width) == (RATE, 1, 2)
    assert audio.to_array(segment).tolist() == back.tolist()


def test_load_clip_resamples_to_16_khz(tmp_path):
    path = audio.write_audio(
        tmp_path / "x.flac", audio.sine(440.0, 1000, sample_rate_hz=22050), sample_rate_hz=22050
    )
    segment = audio.load_clip(path)
    assert segment.frame_rate == RATE
    assert len(audio.to_array(segment)) == RATE


def test_load_recording_makes_ten_seconds_of_16_khz_mono(tmp_path):
    import soundfile

    stereo = np.stack([audio.sine(440.0, 3000, sample_rate_hz=44100)] * 2, axis=1)
    soundfile.write(tmp_path / "short.wav", stereo, 44100)
    short = audio.load_recording(tmp_path / "short.wav")
    assert short.shape == (10 * RATE,) and short.dtype == np.float32
    assert np.abs(short[: 3 * RATE - 100]).max() > 0.9 and not short[3 * RATE + 100 :].any()
    audio.write_audio(tmp_path / "long.flac", audio.sine(440.0, 12_000))
    assert audio.load_recording(tmp_path / "long.flac").shape == (10 * RATE,)
    (tmp_path / "bad.wav").write_bytes(b"not audio at all")
    with pytest.raises(ValueError, match="bad.wav"):
        audio.load_recording(tmp_path / "bad.wav")
    with pytest.raises(FileNotFoundError, match="missing.wav"):
        audio.load_recording(tmp_path / "missing.wav")


def test_resample_keeps_the_frequency():
    tone = audio.sine(1000.0, 1000, sample_rate_hz=22050)
    resampled = audio.resample(tone, 22050, RATE)
    assert resampled.shape == (RATE,)
    spectrum = np.abs(np.fft.rfft(resampled))
    assert int(spectrum.argmax()) == 1000  # 1 Hz per bin for one second


def test_change_speed_shortens_and_raises_pitch():
    tone = audio.sine(500.0, 1000)
    faster = audio.change_speed(tone, 2.0)
    assert faster.shape == (8000,)
    spectrum = np.abs(np.fft.rfft(faster))
    assert int(spectrum.argmax()) == 500  # 2 Hz per bin for half a second: 1000 Hz


def test_trim_silence_keeps_the_frames_of_a_click():
    samples = np.zeros(RATE, dtype=np.float32)
    samples[8005] = 1.0  # a click in frame 50 (160 samples per 10 ms frame)
    trimmed = audio.trim_silence(samples)
    assert trimmed.shape == (160,)
    assert trimmed[5] == 1.0
    assert audio.trim_silence(np.zeros(RATE)).shape == (0,)


def test_dbfs_values():
    assert audio.dbfs(np.ones(100)) == 0.0
    assert audio.dbfs(0.1 * np.ones(100)) == pytest.approx(-20.0, abs=1e-12)
    assert audio.dbfs(audio.sine(1000.0, 1000)) == pytest.approx(-10 * math.log10(2), abs=1e-6)
    assert audio.dbfs(np.zeros(10)) == -math.inf
    assert audio.dbfs(audio.set_dbfs(np.array([0.2, -0.1, 0.05]), -33.0)) == pytest.approx(-33.0, abs=1e-6)


def test_match_loudness_on_pydub_segments():
    segment = audio.to_segment(audio.sine(300.0, 500, amplitude=0.02))
    louder = audio.match_loudness(segment, -12.0)
    assert louder.dBFS == pytest.approx(-12.0, abs=0.01)
    assert len(louder) == 500
    silent = audio.AudioSegment.silent(100, frame_rate=RATE)
    assert audio.match_loudness(silent, -12.0).dBFS == -math.inf


def test_overlay_adds_and_cuts_at_the_end():
    background = np.full(10, 0.25, dtype=np.float32)
    clip = np.array([0.5, 0.5, 0.5, 0.5], dtype=np.float32)
    mixed = audio.overlay(background, clip, position_ms=8, sample_rate_hz=1000)
    assert mixed.tolist() == [0.25] * 8 + [0.75, 0.75]
    assert background.tolist() == [0.25] * 10  # the input is not changed
    assert audio.overlay(background, clip, 20, sample_rate_hz=1000).tolist() == [0.25] * 10


def test_pydub_overlay_matches_numpy_overlay():
    background = audio.sine(200.0, 1000, amplitude=0.1)
    clip = audio.sine(1000.0, 250, amplitude=0.2)
    pydub_mix = audio.to_array(audio.to_segment(background).overlay(audio.to_segment(clip), position=300))
    numpy_mix = audio.overlay(background, clip, 300)
    assert np.abs(pydub_mix - numpy_mix).max() <= 2 / 32768


def test_spectrogram_shape_and_silence_floor():
    features = audio.log_mel_spectrogram(np.zeros(RATE, dtype=np.float32))
    assert features.shape == (100, 40)
    assert features.dtype == np.float32
    assert np.ptp(features) == 0.0  # every frame and band is the floor
    assert features[0, 0] == pytest.approx(-6.0, abs=1e-6)  # log10 of the floor 1e-6
    assert audio.log_mel_spectrogram(np.zeros(10 * RATE)).shape == (1000, 40)
    assert audio.log_mel_spectrogram(np.zeros(159)).shape == (0, 40)


def test_spectrogram_peak_band_of_a_sine():
    bank = audio.mel_filterbank()
    for frequency, fft_bin in ((500.0, 16), (1000.0, 32), (4000.0, 128)):
        features = audio.log_mel_spectrogram(audio.sine(frequency, 500))
        peaks = features[:-3].argmax(axis=1)  # the last frames are partly zero padding
        assert set(peaks.tolist()) == {int(bank[:, fft_bin].argmax())}


def test_spectrogram_frame_k_starts_at_k_hops():
    samples = np.zeros(RATE, dtype=np.float32)
    samples[4000:4400] = audio.sine(2000.0, 25)  # one 25 ms burst starting exactly at frame 25
    energy = audio.log_mel_spectrogram(samples).max(axis=1)
    loud = np.flatnonzero(energy > -3)
    assert loud.min() >= 23 and loud.max() <= 27
    assert int(energy.argmax()) == 25


def test_mel_filterbank_centres_increase():
    bank = audio.mel_filterbank()
    centres = bank.argmax(axis=1)
    assert bank.shape == (40, 257)
    assert np.all(np.diff(centres) >= 0) and centres[-1] > centres[0]
    assert np.all(bank.sum(axis=1) > 0)


def test_chime_positions():
    out = audio.insert_chimes(np.zeros(3 * RATE, dtype=np.float32), [1000, 2800])
    bell = audio.chime()
    assert len(bell) == 4800
    nonzero = np.flatnonzero(out)
    assert nonzero[0] == 16001  # sin(0) = 0 at sample 16000
    assert np.array_equal(out[16000 : 16000 + 4800], bell)
    assert np.array_equal(out[44800:48000], bell[:3200])  # the second chime is cut at the end
    assert not out[20800:44800].any()


def test_backgrounds_are_deterministic_and_varied():
    kinds = audio.BACKGROUND_KINDS
    words = [audio.sine(300.0 + 50 * i, 400, amplitude=0.3) for i in range(5)]
    made = [audio.make_background(kind, seed=3, voices=words) for kind in kinds]
    assert all(b.shape == (10 * RATE,) for b in made)
    assert all(-50.0 - 1e-6 <= audio.dbfs(b) <= -25.0 + 1e-6 for b in made)
    for kind, b in zip(kinds, made, strict=True):
        assert np.array_equal(b, audio.make_background(kind, seed=3, voices=words)), kind
        assert not np.array_equal(b, audio.make_background(kind, seed=4, voices=words)), kind
    spectra = [np.abs(np.fft.rfft(b)) for b in made]
    low_share = [s[:3000].sum() / s.sum() for s in spectra]  # share of the magnitude below 300 Hz
    assert low_share[kinds.index("brown")] > 0.5 > low_share[kinds.index("white")]
    with pytest.raises(ValueError, match="unknown background kind"):
        audio.make_background("jet engine", seed=0)
    assert len(audio.make_backgrounds(10, seed=1, voices=words)) >= 10


def test_plots_draw_without_a_display():
    import matplotlib

    matplotlib.use("Agg")
    probabilities = np.linspace(0, 1, 250)
    figure = audio.plot_predictions(probabilities, threshold=0.5, triggers=[125], labels=probabilities > 0.9)
    assert len(figure.axes) == 1
    assert len(audio.plot_spectrogram(np.zeros((1000, 40))).axes) == 2  # the image and its colour bar
    assert len(audio.plot_waveform(np.zeros(RATE)).axes) == 1
