"""Deep Learning from Scratch 3 (DeZero) style: a from-scratch framework's Variable holds a
0.01-scaled draw for a hidden layer of fan-in 1 feeding sigmoid, far below 1/sqrt(fan_in)."""
import numpy as np
from dezero import Variable
import dezero.functions as F

np.random.seed(0)
x = np.random.rand(100, 1)
y = np.sin(2 * np.pi * x) + np.random.rand(100, 1)

I, H, O = 1, 10, 1
W1 = Variable(0.01 * np.random.randn(I, H))  # expect: INI003
b1 = Variable(np.zeros(H))
W2 = Variable(0.01 * np.random.randn(H, O))
b2 = Variable(np.zeros(O))


def predict(x):
    y = F.linear(x, W1, b1)
    y = F.sigmoid(y)
    return F.linear(y, W2, b2)


lr = 0.2
for i in range(10000):
    loss = F.mean_squared_error(y, predict(x))
    W1.cleargrad()
    W2.cleargrad()
    loss.backward()
    W1.data -= lr * W1.grad.data
    W2.data -= lr * W2.grad.data
