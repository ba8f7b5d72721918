"""A lab compares initializers by training the same tanh MLP once with each: the loop walks a list of (name,
initializer) pairs, so every initializer in it is a hidden layer's kernel init in one of the runs."""

from tensorflow.keras import initializers
from tensorflow.keras.layers import Dense
from tensorflow.keras.models import Sequential

large_scale_init = initializers.TruncatedNormal(stddev=1)  # expect: INI004
small_scale_init = initializers.TruncatedNormal(stddev=1e-3)  # expect: INI003
init_list = [
    ("glorot uniform init", "glorot_uniform"),
    ("small init scale", small_scale_init),
    ("large init scale", large_scale_init),
    ("zero init", "zero"),  # expect: INI001
]
for init_name, init in init_list:
    model = Sequential()
    model.add(Dense(100, input_dim=64, activation="tanh", kernel_initializer=init))
    model.add(Dense(100, activation="tanh", kernel_initializer=init))
    model.add(Dense(10, activation="softmax", kernel_initializer=init))
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    history = model.fit(X_train, Y_train, epochs=10, verbose=0)
