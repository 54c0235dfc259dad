"""Plausible wrong answers to the transformer exercises; the notebook's tests must reject each one."""

from tests.mutants import Mutant

MUTANTS = [
    # --- positional_encoding -------------------------------------------------------------------------
    Mutant(
        "positional_encoding",
        "sine and cosine swapped",
        replace=(
            ("np.sin(angles[:, 0::2])", "np.cos(angles[:, 0::2])"),
            ("np.cos(angles[:, 1::2])", "np.sin(angles[:, 1::2])"),
        ),
    ),
    Mutant(
        "positional_encoding",
        "exponent j / d_model instead of 2i / d_model",
        replace=(("2 * (np.arange(d_model) // 2) / d_model", "np.arange(d_model) / d_model"),),
    ),
    Mutant(
        "positional_encoding",
        "all sines, then all cosines, instead of interleaved",
        replace=(
            (
                "    encoding[:, 0::2] = np.sin(angles[:, 0::2])  # even features: sine\n"
                "    encoding[:, 1::2] = np.cos(angles[:, 1::2])  # odd features: cosine\n",
                "    half = (d_model + 1) // 2\n"
                "    encoding[:, :half] = np.sin(angles[:, 0::2])\n"
                "    encoding[:, half:] = np.cos(angles[:, 1::2])\n",
            ),
        ),
    ),
    Mutant(
        "positional_encoding",
        "positions counted from 1",
        replace=(("np.arange(positions)[:, None]", "np.arange(1, positions + 1)[:, None]"),),
    ),
    Mutant(
        "positional_encoding",
        "no batch axis",
        replace=(("return encoding[np.newaxis, :, :].astype", "return encoding.astype"),),
    ),
    Mutant("positional_encoding", "base 1000", replace=(("np.power(10000.0,", "np.power(1000.0,"),)),
    Mutant(
        "positional_encoding",
        "returns float64",
        replace=(('encoding[np.newaxis, :, :].astype("float32")', "encoding[np.newaxis, :, :]"),),
    ),
    # --- create_padding_mask -------------------------------------------------------------------------
    Mutant(
        "create_padding_mask",
        "1 marks padding (the other convention)",
        replace=(("keras.ops.not_equal(token_ids, 0)", "keras.ops.equal(token_ids, 0)"),),
    ),
    Mutant(
        "create_padding_mask",
        "no axis for the queries: (m, T)",
        replace=(("return keras.ops.expand_dims(keep, axis=1)", "return keep"),),
    ),
    Mutant(
        "create_padding_mask",
        "axis added last: (m, T, 1)",
        replace=(("keras.ops.expand_dims(keep, axis=1)", "keras.ops.expand_dims(keep, axis=-1)"),),
    ),
    Mutant(
        "create_padding_mask",
        "treats <unk> as padding too",
        replace=(("keras.ops.not_equal(token_ids, 0)", "keras.ops.greater(token_ids, 1)"),),
    ),
    Mutant(
        "create_padding_mask",
        "returns the additive form (-1e9 on padding)",
        replace=(
            (
                "return keras.ops.expand_dims(keep, axis=1)",
                "return keras.ops.expand_dims((1.0 - keep) * -1e9, axis=1)",
            ),
        ),
    ),
    Mutant(
        "create_padding_mask",
        "returns booleans",
        replace=(
            (
                'keras.ops.cast(keras.ops.not_equal(token_ids, 0), "float32")',
                "keras.ops.not_equal(token_ids, 0)",
            ),
        ),
    ),
    # --- create_look_ahead_mask ----------------------------------------------------------------------
    Mutant(
        "create_look_ahead_mask",
        "upper triangle (sees the future, not the past)",
        replace=(("keras.ops.tril(", "keras.ops.triu("),),
    ),
    Mutant(
        "create_look_ahead_mask",
        "diagonal masked too",
        replace=(
            (
                "keras.ops.tril(keras.ops.ones((sequence_length, sequence_length)))",
                "keras.ops.tril(keras.ops.ones((sequence_length, sequence_length)), k=-1)",
            ),
        ),
    ),
    Mutant(
        "create_look_ahead_mask",
        "1 marks the masked positions (the other convention)",
        replace=(
            (
                "lower = keras.ops.tril(keras.ops.ones((sequence_length, sequence_length)))",
                "lower = 1.0 - keras.ops.tril(keras.ops.ones((sequence_length, sequence_length)))",
            ),
        ),
    ),
    Mutant(
        "create_look_ahead_mask",
        "no batch axis: (T, T)",
        replace=(("return keras.ops.expand_dims(lower, axis=0)", "return lower"),),
    ),
    Mutant(
        "create_look_ahead_mask",
        "all ones (nothing masked)",
        replace=(
            (
                "keras.ops.tril(keras.ops.ones((sequence_length, sequence_length)))",
                "keras.ops.ones((sequence_length, sequence_length))",
            ),
        ),
    ),
    # --- scaled_dot_product_attention ----------------------------------------------------------------
    Mutant(
        "scaled_dot_product_attention",
        "no scaling",
        replace=((" / keras.ops.sqrt(d_k)", ""),),
    ),
    Mutant(
        "scaled_dot_product_attention",
        "divides by d_k instead of its square root",
        replace=((" / keras.ops.sqrt(d_k)", " / d_k"),),
    ),
    Mutant(
        "scaled_dot_product_attention",
        "scales with the size of the values",
        replace=(
            (
                'd_k = keras.ops.cast(keras.ops.shape(k)[-1], "float32")',
                'd_k = keras.ops.cast(keras.ops.shape(v)[-1], "float32")',
            ),
        ),
    ),
    Mutant(
        "scaled_dot_product_attention",
        "mask added with the wrong sign of convention (masks the kept keys)",
        replace=(
            (
                "scores + (1.0 - keras.ops.cast(mask, scores.dtype)) * -1e9",
                "scores + keras.ops.cast(mask, scores.dtype) * -1e9",
            ),
        ),
    ),
    Mutant(
        "scaled_dot_product_attention",
        "multiplies the scores by the mask",
        replace=(
            (
                "scores + (1.0 - keras.ops.cast(mask, scores.dtype)) * -1e9",
                "scores * keras.ops.cast(mask, scores.dtype)",
            ),
        ),
    ),
    Mutant(
        "scaled_dot_product_attention",
        "softmax over the queries instead of the keys",
        replace=(("keras.ops.softmax(scores, axis=-1)", "keras.ops.softmax(scores, axis=-2)"),),
    ),
    Mutant(
        "scaled_dot_product_attention",
        "masks after the softmax without renormalising",
        replace=(
            ("scores = scores + (1.0 - keras.ops.cast(mask, scores.dtype)) * -1e9", "pass"),
            (
                "output = keras.ops.matmul(attention_weights, v)",
                "if mask is not None:\n"
                "        attention_weights = attention_weights * keras.ops.cast(mask, scores.dtype)\n"
                "    output = keras.ops.matmul(attention_weights, v)",
            ),
        ),
    ),
    Mutant(
        "scaled_dot_product_attention",
        "transposes k over its first axes (keras.ops.transpose)",
        replace=(("keras.ops.swapaxes(k, -1, -2)", "keras.ops.transpose(k)"),),
    ),
    # --- MultiHeadAttention --------------------------------------------------------------------------
    Mutant(
        "MultiHeadAttention",
        "heads split in the wrong order (depth first)",
        replace=(
            (
                "x = keras.ops.reshape(x, (m, T, self.num_heads, self.depth))  # (m, T, h, depth)\n"
                "        return keras.ops.transpose(x, (0, 2, 1, 3))",
                "x = keras.ops.reshape(x, (m, T, self.depth, self.num_heads))\n"
                "        return keras.ops.transpose(x, (0, 3, 1, 2))",
            ),
        ),
    ),
    Mutant(
        "MultiHeadAttention",
        "heads merged without transposing back",
        replace=(("heads = keras.ops.transpose(heads, (0, 2, 1, 3))  # (m, T_q, h, depth)\n        ", ""),),
    ),
    Mutant(
        "MultiHeadAttention",
        "split by reshaping straight to (m, h, T, depth)",
        replace=(
            (
                "x = keras.ops.reshape(x, (m, T, self.num_heads, self.depth))  # (m, T, h, depth)\n"
                "        return keras.ops.transpose(x, (0, 2, 1, 3))",
                "return keras.ops.reshape(x, (m, self.num_heads, T, self.depth))",
            ),
        ),
    ),
    Mutant(
        "MultiHeadAttention",
        "no output projection",
        replace=(
            (
                "output = self.dense(keras.ops.reshape(heads, (m, T_q, self.d_model)))",
                "self.dense(keras.ops.reshape(heads, (m, T_q, self.d_model)))\n"
                "        output = keras.ops.reshape(heads, (m, T_q, self.d_model))",
            ),
        ),
    ),
    Mutant(
        "MultiHeadAttention",
        "keys projected with the value weights",
        replace=(
            (
                "k = self.split_heads(self.wk(key))",
                "k = self.split_heads(self.wv(key))\n        self.wk(key)",
            ),
        ),
    ),
    Mutant(
        "MultiHeadAttention",
        "ignores the attention mask",
        replace=(
            (
                "heads, attention_weights = scaled_dot_product_attention(q, k, v, attention_mask)",
                "heads, attention_weights = scaled_dot_product_attention(q, k, v, None)",
            ),
        ),
    ),
    Mutant(
        "MultiHeadAttention",
        "the mask's head axis added last",
        replace=(
            (
                "attention_mask = keras.ops.expand_dims(attention_mask, axis=1)",
                "attention_mask = keras.ops.expand_dims(attention_mask, axis=-1)",
            ),
        ),
    ),
    # --- EncoderLayer --------------------------------------------------------------------------------
    Mutant(
        "EncoderLayer",
        "no residual around the self-attention",
        replace=(("self.layernorm1(x + self.dropout1(", "self.layernorm1(self.dropout1("),),
    ),
    Mutant(
        "EncoderLayer",
        "no layer norm after the feed-forward network",
        replace=(
            (
                "out2 = self.layernorm2(out1 + self.dropout2(ffn_output, training=training))",
                "out2 = out1 + self.dropout2(ffn_output, training=training)",
            ),
        ),
    ),
    Mutant(
        "EncoderLayer",
        "feed-forward network on x instead of out1",
        replace=(("ffn_output = self.ffn(out1)", "ffn_output = self.ffn(x)"),),
    ),
    Mutant(
        "EncoderLayer",
        "no padding mask in the self-attention",
        replace=(("self.mha(x, x, x, attention_mask=padding_mask)", "self.mha(x, x, x)"),),
    ),
    Mutant(
        "EncoderLayer",
        "pre-norm instead of post-norm",
        replace=(
            (
                "attention, _ = self.mha(x, x, x, attention_mask=padding_mask)  # (m, T_x, d_model)\n"
                "        out1 = self.layernorm1(x + self.dropout1(attention, training=training))",
                "normed = self.layernorm1(x)\n"
                "        attention, _ = self.mha(normed, normed, normed, attention_mask=padding_mask)\n"
                "        out1 = x + self.dropout1(attention, training=training)",
            ),
        ),
    ),
    Mutant(
        "EncoderLayer",
        "one layer norm shared by both sub-layers",
        replace=(("out2 = self.layernorm2(", "out2 = self.layernorm1("),),
    ),
    Mutant(
        "EncoderLayer",
        "dropout never applied",
        replace=(("training=training))", "training=False))"),),
        count=2,
    ),
    Mutant(
        "EncoderLayer",
        "feed-forward without its ReLU",
        replace=(
            (
                "self.ffn = feed_forward(d_model, dff)",
                "self.ffn = keras.Sequential([keras.layers.Dense(dff), keras.layers.Dense(d_model)])",
            ),
        ),
    ),
    # --- Encoder -------------------------------------------------------------------------------------
    Mutant(
        "Encoder",
        "no sqrt(d_model) scaling of the embeddings",
        replace=(
            ('x = self.embedding(x) * np.sqrt(self.d_model).astype("float32")', "x = self.embedding(x)"),
        ),
    ),
    Mutant(
        "Encoder",
        "no positional encoding",
        replace=(("x = x + self.pos_encoding[:, :length, :]\n        ", ""),),
    ),
    Mutant(
        "Encoder",
        "one encoder layer repeated num_layers times",
        replace=(
            (
                "self.enc_layers = [EncoderLayer(d_model, num_heads, dff, dropout_rate) for _ in range(num_layers)]",
                "self.enc_layers = [EncoderLayer(d_model, num_heads, dff, dropout_rate)] * num_layers",
            ),
        ),
    ),
    Mutant(
        "Encoder",
        "padding mask not passed to the layers",
        replace=(("x = layer(x, padding_mask, training=training)", "x = layer(x, None, training=training)"),),
    ),
    Mutant(
        "Encoder",
        "scales after adding the positional encoding",
        replace=(
            (
                'x = self.embedding(x) * np.sqrt(self.d_model).astype("float32")  # (m, T_x, d_model)\n'
                "        x = x + self.pos_encoding[:, :length, :]",
                'x = (self.embedding(x) + self.pos_encoding[:, :length, :]) * np.sqrt(self.d_model).astype("float32")',
            ),
        ),
    ),
    Mutant(
        "Encoder",
        "only the last layer applied to the embeddings",
        replace=(
            (
                "x = layer(x, padding_mask, training=training)",
                "y = layer(x, padding_mask, training=training)",
            ),
            (
                "        ### END SOLUTION\n        return x",
                "        x = y\n        ### END SOLUTION\n        return x",
            ),
        ),
    ),
    # --- DecoderLayer --------------------------------------------------------------------------------
    Mutant(
        "DecoderLayer",
        "no look-ahead mask in the self-attention",
        replace=(("self.mha1(x, x, x, attention_mask=look_ahead_mask)", "self.mha1(x, x, x)"),),
    ),
    Mutant(
        "DecoderLayer",
        "self-attention given the padding mask",
        replace=(
            (
                "self.mha1(x, x, x, attention_mask=look_ahead_mask)",
                "self.mha1(x, x, x, attention_mask=padding_mask)",
            ),
        ),
    ),
    Mutant(
        "DecoderLayer",
        "encoder-decoder attention queries x instead of out1",
        replace=(("self.mha2(out1, enc_output, enc_output,", "self.mha2(x, enc_output, enc_output,"),),
    ),
    Mutant(
        "DecoderLayer",
        "no residual around the encoder-decoder attention",
        replace=(("self.layernorm2(out1 + self.dropout2(", "self.layernorm2(self.dropout2("),),
    ),
    Mutant(
        "DecoderLayer",
        "no third layer norm",
        replace=(
            (
                "out3 = self.layernorm3(out2 + self.dropout3(self.ffn(out2), training=training))",
                "out3 = out2 + self.dropout3(self.ffn(out2), training=training)",
            ),
        ),
    ),
    Mutant(
        "DecoderLayer",
        "no padding mask in the encoder-decoder attention",
        replace=(
            (
                "self.mha2(out1, enc_output, enc_output, attention_mask=padding_mask)",
                "self.mha2(out1, enc_output, enc_output)",
            ),
        ),
    ),
    Mutant(
        "DecoderLayer",
        "returns the two attention weights in the wrong order",
        replace=(
            ("return out3, weights_block1, weights_block2", "return out3, weights_block2, weights_block1"),
        ),
    ),
    Mutant(
        "DecoderLayer",
        "one attention layer for both blocks",
        replace=(("self.mha2(out1,", "self.mha1(out1,"),),
    ),
    # --- Decoder -------------------------------------------------------------------------------------
    Mutant(
        "Decoder",
        "no sqrt(d_model) scaling of the embeddings",
        replace=(
            ('x = self.embedding(x) * np.sqrt(self.d_model).astype("float32")', "x = self.embedding(x)"),
        ),
    ),
    Mutant(
        "Decoder",
        "no positional encoding",
        replace=(("x = x + self.pos_encoding[:, :length, :]\n        ", ""),),
    ),
    Mutant(
        "Decoder",
        "masks passed in the wrong order",
        replace=(
            (
                "layer(x, enc_output, look_ahead_mask, padding_mask, training=training)",
                "layer(x, enc_output, padding_mask, look_ahead_mask, training=training)",
            ),
        ),
    ),
    Mutant(
        "Decoder",
        "layers numbered from 0 in the weights dict",
        replace=(("enumerate(self.dec_layers, start=1)", "enumerate(self.dec_layers)"),),
    ),
    Mutant(
        "Decoder",
        "one decoder layer repeated num_layers times",
        replace=(
            (
                "self.dec_layers = [DecoderLayer(d_model, num_heads, dff, dropout_rate) for _ in range(num_layers)]",
                "self.dec_layers = [DecoderLayer(d_model, num_heads, dff, dropout_rate)] * num_layers",
            ),
        ),
    ),
    Mutant(
        "Decoder",
        "block 1 and block 2 weights stored under each other's names",
        replace=(
            (
                'attention_weights[f"decoder_layer{i}_block1"] = block1',
                'attention_weights[f"decoder_layer{i}_block1"] = block2',
            ),
            (
                'attention_weights[f"decoder_layer{i}_block2"] = block2',
                'attention_weights[f"decoder_layer{i}_block2"] = block1',
            ),
        ),
    ),
    # --- Transformer ---------------------------------------------------------------------------------
    Mutant(
        "Transformer",
        "softmax in the final layer (probabilities, not logits)",
        replace=(
            (
                "self.final_layer = keras.layers.Dense(target_vocab_size)",
                'self.final_layer = keras.layers.Dense(target_vocab_size, activation="softmax")',
            ),
        ),
    ),
    Mutant(
        "Transformer",
        "no look-ahead mask",
        replace=(
            (
                "dec_output, _ = self.decoder(target_in, enc_output, look_ahead_mask, padding_mask,",
                "dec_output, _ = self.decoder(target_in, enc_output, None, padding_mask,",
            ),
        ),
    ),
    Mutant(
        "Transformer",
        "encoder without the padding mask",
        replace=(
            (
                "self.encoder(source, padding_mask, training=training)",
                "self.encoder(source, None, training=training)",
            ),
        ),
    ),
    Mutant(
        "Transformer",
        "decoder without the padding mask",
        replace=(
            (
                "dec_output, _ = self.decoder(target_in, enc_output, look_ahead_mask, padding_mask,",
                "dec_output, _ = self.decoder(target_in, enc_output, look_ahead_mask, None,",
            ),
        ),
    ),
    Mutant(
        "Transformer",
        "training flag not passed on",
        replace=(("training=training)", "training=False)"),),
        count=2,
    ),
    Mutant(
        "Transformer",
        "look-ahead mask sized by the source",
        replace=(
            (
                "create_look_ahead_mask(keras.ops.shape(target_in)[1])",
                "create_look_ahead_mask(keras.ops.shape(source)[1])",
            ),
        ),
    ),
    Mutant(
        "Transformer",
        "decoder and encoder maximum positions swapped",
        replace=(
            (
                "input_vocab_size, max_positions_input, dropout_rate",
                "input_vocab_size, max_positions_target, dropout_rate",
            ),
            (
                "target_vocab_size, max_positions_target, dropout_rate",
                "target_vocab_size, max_positions_input, dropout_rate",
            ),
        ),
    ),
    # --- translate -----------------------------------------------------------------------------------
    Mutant(
        "translate",
        "reads the logits of position 0 at every step",
        replace=(("np.argmax(logits[0, t])", "np.argmax(logits[0, 0])"),),
    ),
    Mutant(
        "translate",
        "never feeds its own characters back (one pass)",
        replace=(("            target_in[0, t + 1] = best", "            pass"),),
    ),
    Mutant(
        "translate",
        "starts with '-' (index 0) instead of <start>",
        replace=(("np.full((1, T_y), START, dtype=np.int32)", "np.zeros((1, T_y), dtype=np.int32)"),),
    ),
    Mutant(
        "translate",
        "feeds the character back at position t instead of t + 1",
        replace=(("            target_in[0, t + 1] = best", "            target_in[0, t] = best"),),
    ),
    Mutant(
        "translate",
        "reads the last position instead of position t",
        replace=(("np.argmax(logits[0, t])", "np.argmax(logits[0, -1])"),),
    ),
    Mutant(
        "translate",
        "does not lower-case the text",
        replace=(
            (
                "source = encode_texts([text], T_x, human_vocab)",
                "source = np.array([[human_vocab.get(c, 1) for c in text[:T_x]] + [0] * (T_x - len(text[:T_x]))])",
            ),
        ),
    ),
]
