"""Plausible wrong answers to the trigger_word exercises; the notebook's tests must reject each one."""

from tests.mutants import Mutant

MUTANTS = [
    # --- is_overlapping -------------------------------------------------------------------------------
    Mutant(
        "is_overlapping",
        "exclusive bounds (touching segments do not overlap)",
        replace=(
            (
                "segment_start <= previous_end and segment_end >= previous_start",
                "segment_start < previous_end and segment_end > previous_start",
            ),
        ),
    ),
    Mutant(
        "is_overlapping",
        "only checks whether the new segment starts inside a previous one",
        replace=(
            (
                "segment_start <= previous_end and segment_end >= previous_start",
                "previous_start <= segment_start <= previous_end",
            ),
        ),
    ),
    Mutant(
        "is_overlapping",
        "only checks whether either end lies inside a previous segment (misses containment)",
        replace=(
            (
                "segment_start <= previous_end and segment_end >= previous_start",
                "previous_start <= segment_start <= previous_end or previous_start <= segment_end <= previous_end",
            ),
        ),
    ),
    Mutant(
        "is_overlapping",
        "decides on the first previous segment only",
        replace=(
            (
                "            return True\n    return False",
                "            return True\n        return False\n    return False",
            ),
        ),
    ),
    Mutant(
        "is_overlapping",
        "an empty list counts as overlapping",
        replace=(("    return False\n", "    return not previous_segments\n"),),
    ),
    Mutant(
        "is_overlapping",
        "compares starts with starts and ends with ends",
        replace=(
            (
                "segment_start <= previous_end and segment_end >= previous_start",
                "segment_start >= previous_start and segment_end <= previous_end",
            ),
        ),
    ),
    # --- insert_audio_clip ----------------------------------------------------------------------------
    Mutant(
        "insert_audio_clip",
        "draws again once but does not re-check the new draw",
        replace=(
            (
                "    while is_overlapping(segment_time, previous_segments):\n"
                "        if tries == MAX_TRIES:\n"
                "            return background, None\n",
                "    if is_overlapping(segment_time, previous_segments):\n",
            ),
        ),
    ),
    Mutant(
        "insert_audio_clip",
        "does not record the new segment",
        replace=(("    previous_segments.append(segment_time)\n", ""),),
    ),
    Mutant(
        "insert_audio_clip",
        "overlays the clip at the segment's end",
        replace=(("position=segment_time[0]", "position=segment_time[1]"),),
    ),
    Mutant(
        "insert_audio_clip",
        "forgets that overlay returns a new segment",
        replace=(("    return new_background, segment_time", "    return background, segment_time"),),
    ),
    Mutant(
        "insert_audio_clip",
        "records the segment even when no place was found",
        source="""def insert_audio_clip(background, audio_clip, previous_segments):
    segment_ms = len(audio_clip)
    segment_time = get_random_time_segment(segment_ms)
    tries = 1
    while is_overlapping(segment_time, previous_segments) and tries < MAX_TRIES:
        segment_time = get_random_time_segment(segment_ms)
        tries += 1
    previous_segments.append(segment_time)
    return background.overlay(audio_clip, position=segment_time[0]), segment_time
""",
    ),
    Mutant(
        "insert_audio_clip",
        "throws away the first draw",
        replace=(
            (
                "    segment_time = get_random_time_segment(segment_ms)\n    tries = 1\n",
                "    get_random_time_segment(segment_ms)\n    segment_time = get_random_time_segment(segment_ms)\n"
                "    tries = 1\n",
            ),
        ),
    ),
    Mutant(
        "insert_audio_clip",
        "gives up one draw early (after MAX_TRIES - 1 draws)",
        replace=(("        if tries == MAX_TRIES:\n", "        if tries == MAX_TRIES - 1:\n"),),
    ),
    Mutant(
        "insert_audio_clip",
        "gives up one draw late (after MAX_TRIES + 1 draws)",
        replace=(("        if tries == MAX_TRIES:\n", "        if tries > MAX_TRIES:\n"),),
    ),
    Mutant(
        "insert_audio_clip",
        "replaces the background by the clip instead of overlaying",
        replace=(
            (
                "background.overlay(audio_clip, position=segment_time[0])",
                "background[: segment_time[0]] + audio_clip + background[segment_time[1] + 1 :]",
            ),
        ),
    ),
    # --- insert_ones ----------------------------------------------------------------------------------
    Mutant(
        "insert_ones",
        "labels start at the end step itself",
        replace=(
            (
                "y[segment_end_y + 1 : segment_end_y + 1 + label_steps, 0] = 1",
                "y[segment_end_y : segment_end_y + label_steps, 0] = 1",
            ),
        ),
    ),
    Mutant(
        "insert_ones",
        "labels before the word's end",
        replace=(
            (
                "y[segment_end_y + 1 : segment_end_y + 1 + label_steps, 0] = 1",
                "y[max(0, segment_end_y - label_steps) : segment_end_y, 0] = 1",
            ),
        ),
    ),
    Mutant(
        "insert_ones",
        "one label too many",
        replace=(("segment_end_y + 1 + label_steps, 0]", "segment_end_y + 2 + label_steps, 0]"),),
    ),
    Mutant(
        "insert_ones",
        "rounds the end step instead of flooring it",
        replace=(
            ("int(segment_end_ms * T_y / BACKGROUND_MS)", "round(segment_end_ms * T_y / BACKGROUND_MS)"),
        ),
    ),
    Mutant(
        "insert_ones",
        "assumes T_y = 250",
        replace=(("    T_y = y.shape[0]\n", "    T_y = 250\n"),),
    ),
    Mutant(
        "insert_ones",
        "writes ones past the end of y (index error)",
        replace=(
            (
                "    y[segment_end_y + 1 : segment_end_y + 1 + label_steps, 0] = 1\n",
                "    for t in range(segment_end_y + 1, segment_end_y + 1 + label_steps):\n        y[t, 0] = 1\n",
            ),
        ),
    ),
    Mutant(
        "insert_ones",
        "ignores the label_steps argument",
        replace=(("segment_end_y + 1 + label_steps, 0]", "segment_end_y + 1 + LABEL_STEPS, 0]"),),
    ),
    Mutant(
        "insert_ones",
        "writes 2 instead of 1",
        replace=(("segment_end_y + 1 + label_steps, 0] = 1", "segment_end_y + 1 + label_steps, 0] = 2"),),
    ),
    Mutant(
        "insert_ones",
        "adds 1 instead of setting 1 (overlapping labels become 2)",
        replace=(("segment_end_y + 1 + label_steps, 0] = 1", "segment_end_y + 1 + label_steps, 0] += 1"),),
    ),
    Mutant(
        "insert_ones",
        "ms to steps upside down",
        replace=(
            ("int(segment_end_ms * T_y / BACKGROUND_MS)", "int(segment_end_ms * BACKGROUND_MS / T_y) % T_y"),
        ),
    ),
    # --- create_training_example ----------------------------------------------------------------------
    Mutant(
        "create_training_example",
        "labels after the start of the word",
        replace=(("y = insert_ones(y, segment_time[1])", "y = insert_ones(y, segment_time[0])"),),
    ),
    Mutant(
        "create_training_example",
        "labels the negatives too",
        replace=(
            (
                "        background, _ = insert_audio_clip(background, negatives[index], previous_segments)\n",
                "        background, segment_time = insert_audio_clip(background, negatives[index], previous_segments)\n"
                "        if segment_time is not None:\n            y = insert_ones(y, segment_time[1])\n",
            ),
        ),
    ),
    Mutant(
        "create_training_example",
        "negatives may overlap the triggers (a second list of segments)",
        replace=(
            (
                "negatives[index], previous_segments)",
                "negatives[index], negative_segments)",
            ),
            ("    number_of_negatives = ", "    negative_segments = []\n    number_of_negatives = "),
        ),
    ),
    Mutant(
        "create_training_example",
        "always exactly one trigger",
        replace=(("number_of_triggers = np.random.randint(0, 5)", "number_of_triggers = 1"),),
    ),
    Mutant(
        "create_training_example",
        "never more than two triggers",
        replace=(
            (
                "number_of_triggers = np.random.randint(0, 5)",
                "number_of_triggers = np.random.randint(0, 3)",
            ),
        ),
    ),
    Mutant(
        "create_training_example",
        "does not match the loudness",
        replace=(("    mix = audio.match_loudness(background, TARGET_DBFS)\n", "    mix = background\n"),),
    ),
    Mutant(
        "create_training_example",
        "spectrogram frequency-major (n_freq, T_x)",
        replace=(
            (
                "    x = audio.log_mel_spectrogram(audio.to_array(mix))  # (T_x, n_freq)\n",
                "    x = audio.log_mel_spectrogram(audio.to_array(mix)).T\n",
            ),
        ),
    ),
    Mutant(
        "create_training_example",
        "labels of shape (1, T_y)",
        replace=(("    if return_audio:\n", "    y = y.T\n    if return_audio:\n"),),
    ),
    Mutant(
        "create_training_example",
        "spectrogram of the background before the words were added",
        replace=(
            ("    y = np.zeros((T_y, 1))\n", "    y = np.zeros((T_y, 1))\n    original = background\n"),
            ("audio.match_loudness(background, TARGET_DBFS)", "audio.match_loudness(original, TARGET_DBFS)"),
        ),
    ),
    # --- modelf ---------------------------------------------------------------------------------------
    Mutant(
        "modelf",
        "convolution with stride 1",
        replace=(("kernel_size=8, strides=4,", "kernel_size=8, strides=1,"),),
    ),
    Mutant(
        "modelf",
        "no batch normalisation after the convolution",
        replace=(
            (
                '    X = keras.layers.BatchNormalization()(X)\n    X = keras.layers.Activation("relu")(X)\n',
                '    X = keras.layers.Activation("relu")(X)\n',
            ),
        ),
    ),
    Mutant(
        "modelf",
        "first GRU returns only its last state",
        replace=(
            (
                "    X = keras.layers.GRU(64, return_sequences=True)(X)  # (m, T_y, 64)\n    X = keras.layers.Dropout(0.2)(X)\n    X = keras.layers.BatchNormalization()(X)\n    X = keras.layers.GRU",
                "    X = keras.layers.GRU(64)(X)\n    X = keras.layers.Dropout(0.2)(X)\n    X = keras.layers.BatchNormalization()(X)\n    X = keras.layers.GRU",
            ),
        ),
    ),
    Mutant(
        "modelf",
        "softmax at every step",
        replace=(('Dense(1, activation="sigmoid")', 'Dense(1, activation="softmax")'),),
    ),
    Mutant(
        "modelf",
        "LSTM layers instead of GRU",
        replace=(("keras.layers.GRU(64", "keras.layers.LSTM(64"),),
        count=2,
    ),
    Mutant(
        "modelf",
        "padding 'valid' (248 output steps)",
        replace=(('strides=4, padding="same"', 'strides=4, padding="valid"'),),
    ),
    Mutant(
        "modelf",
        "dropout rate 0.8 (the fraction kept, not dropped)",
        replace=(("keras.layers.Dropout(0.2)", "keras.layers.Dropout(0.8)"),),
        count=3,
    ),
    Mutant(
        "modelf",
        "ReLU before batch normalisation",
        replace=(
            (
                '    X = keras.layers.BatchNormalization()(X)\n    X = keras.layers.Activation("relu")(X)\n',
                '    X = keras.layers.Activation("relu")(X)\n    X = keras.layers.BatchNormalization()(X)\n',
            ),
        ),
    ),
    Mutant(
        "modelf",
        "kernel of 15 frames",
        replace=(("kernel_size=8,", "kernel_size=15,"),),
    ),
    # --- detect_triggers ------------------------------------------------------------------------------
    Mutant(
        "detect_triggers",
        "no refractory period",
        replace=(("if step >= next_allowed and probability > threshold:", "if probability > threshold:"),),
    ),
    Mutant(
        "detect_triggers",
        "fires at the threshold itself",
        replace=(("probability > threshold", "probability >= threshold"),),
    ),
    Mutant(
        "detect_triggers",
        "refractory period one step short",
        replace=(("next_allowed = step + refractory_steps + 1", "next_allowed = step + refractory_steps"),),
    ),
    Mutant(
        "detect_triggers",
        "refractory period one step long",
        replace=(
            ("next_allowed = step + refractory_steps + 1", "next_allowed = step + refractory_steps + 2"),
        ),
    ),
    Mutant(
        "detect_triggers",
        "the refractory period restarts at every step above the threshold",
        source="""def detect_triggers(predictions, threshold, refractory_steps):
    triggers = []
    next_allowed = 0
    for step, probability in enumerate(np.ravel(predictions)):
        if probability > threshold:
            if step >= next_allowed:
                triggers.append(step)
            next_allowed = step + refractory_steps + 1
    return triggers
""",
    ),
    Mutant(
        "detect_triggers",
        "fires only on rising edges, without a refractory period",
        source="""def detect_triggers(predictions, threshold, refractory_steps):
    p = np.ravel(predictions)
    return [t for t in range(len(p)) if p[t] > threshold and (t == 0 or p[t - 1] <= threshold)]
""",
    ),
    Mutant(
        "detect_triggers",
        "returns times in ms instead of steps",
        replace=(("            triggers.append(step)\n", "            triggers.append(step * 40)\n"),),
    ),
    Mutant(
        "detect_triggers",
        "returns the probabilities where it fired",
        replace=(
            ("            triggers.append(step)\n", "            triggers.append(float(probability))\n"),
        ),
    ),
]
