"""CS231n captioning RNN: each weight drawn with randn and rescaled in place on the next line
(`/= np.sqrt(fan_in)`): one LeCun-scaled init written in two statements, not std 1."""

import numpy as np


class CaptioningRNN:
    def __init__(self, word_to_idx, input_dim=512, wordvec_dim=128, hidden_dim=128):
        vocab_size = len(word_to_idx)
        self.params = {}
        self.params["W_embed"] = np.random.randn(vocab_size, wordvec_dim)
        self.params["W_embed"] /= 100
        self.params["W_proj"] = np.random.randn(input_dim, hidden_dim)
        self.params["W_proj"] /= np.sqrt(input_dim)
        self.params["Wx"] = np.random.randn(wordvec_dim, hidden_dim)
        self.params["Wx"] /= np.sqrt(wordvec_dim)
        self.params["Wh"] = np.random.randn(hidden_dim, hidden_dim)
        self.params["Wh"] /= np.sqrt(hidden_dim)
        self.params["b"] = np.zeros(hidden_dim)

    def step(self, x, prev_h):
        return np.tanh(x.dot(self.params["Wx"]) + prev_h.dot(self.params["Wh"]) + self.params["b"])
