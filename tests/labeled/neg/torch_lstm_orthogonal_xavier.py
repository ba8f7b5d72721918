"""LSTM init recipe (Keras-like, common in NLP repos): xavier_uniform_ for weight_ih,
orthogonal_ for weight_hh, zero biases with forget-gate bias 1 -- a filtered named_parameters loop."""

import torch.nn as nn


class LSTMTagger(nn.Module):
    def __init__(self, vocab=5000, emb=100, hidden=256, tags=17):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, tags)
        for name, param in self.lstm.named_parameters():
            if "weight_ih" in name:
                nn.init.xavier_uniform_(param.data)
            elif "weight_hh" in name:
                nn.init.orthogonal_(param.data)
            elif "bias" in name:
                param.data.fill_(0)
                n = param.size(0)
                param.data[n // 4:n // 2].fill_(1)

    def forward(self, x):
        out, _ = self.lstm(self.embedding(x))
        return self.fc(out)
