"""A from-scratch CNN library whose layers keep the array module on `self.device` (NumPy, or CuPy after
`.to("gpu")`): `self.device.random.randn(...) * 10` is NumPy's draw, std 10 with fan-in 784."""


class Layer:
    def __init__(self):
        import numpy as np_device
        self.device = np_device

    def to(self, device="cpu"):
        if device == "gpu":
            import cupy as cp_device
            self.device = cp_device
        else:
            self.device = None


class Linear(Layer):
    def __init__(self, in_dim, out_dim):
        super().__init__()
        self.W = self.device.random.randn(out_dim, in_dim) * 10  # expect: INI004
        self.b = self.device.zeros(out_dim)

    def forward(self, X):
        return self.device.dot(self.W, X.T).T + self.b

    def fit(self, grads, X, lr):
        self.W -= lr * self.device.dot(grads.T, X)


fc = Linear(in_dim=784, out_dim=128)
