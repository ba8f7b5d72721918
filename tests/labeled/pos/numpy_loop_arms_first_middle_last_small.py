"""CS231n-style FullyConnectedNet: one loop over the layers, `if i == 0` / `elif i < self.num_layers - 1` / `else`.
0.01 on the middle layers of a deep ReLU stack of unknown widths is too small; the else arm is the last
iteration only (the scores layer: a small head is fine) and the first layer's fan-in (3072) is known."""


class FullyConnectedNet:
    def __init__(self, hidden_dims, input_dim=3072, num_classes=10, weight_scale=1e-2):
        self.num_layers = 1 + len(hidden_dims)
        self.params = {}
        for i in range(self.num_layers):
            if i == 0:
                self.params['W' + str(i + 1)] = weight_scale * np.random.randn(input_dim, hidden_dims[i])
            elif i < self.num_layers - 1:
                self.params['W' + str(i + 1)] = weight_scale * np.random.randn(hidden_dims[i - 1], hidden_dims[i])  # expect: INI003
            else:
                self.params['W' + str(i + 1)] = weight_scale * np.random.randn(hidden_dims[i - 1], num_classes)
            self.params['b' + str(i + 1)] = np.zeros(hidden_dims[i] if i < self.num_layers - 1 else num_classes)

    def loss(self, X, y=None):
        out = X
        for i in range(self.num_layers - 1):
            out = np.maximum(0, out @ self.params['W' + str(i + 1)] + self.params['b' + str(i + 1)])
        scores = out @ self.params['W' + str(self.num_layers)] + self.params['b' + str(self.num_layers)]
        return scores
