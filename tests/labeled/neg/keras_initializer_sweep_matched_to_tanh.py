"""A lab compares initializers that all suit its tanh MLP (Glorot, LeCun, a variance-scaling fan-average):
the loop trains the model once with each; none of them is a bad start for tanh."""

from tensorflow.keras import initializers
from tensorflow.keras.layers import Dense
from tensorflow.keras.models import Sequential

for init in ["glorot_uniform", "lecun_normal", initializers.VarianceScaling(1.0, "fan_avg", "normal")]:
    model = Sequential()
    model.add(Dense(100, input_dim=64, activation="tanh", kernel_initializer=init))
    model.add(Dense(100, activation="tanh", kernel_initializer=init))
    model.add(Dense(10, activation="softmax", kernel_initializer=init))
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    model.fit(X_train, Y_train, epochs=10, verbose=0)
