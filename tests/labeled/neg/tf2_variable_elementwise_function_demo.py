"""A TensorFlow 2 book's first example: two variables and a tf.function that scales its input elementwise,
called once and printed. Nothing is trained and nothing is a layer's matrix: an API demo."""
import tensorflow as tf

W = tf.Variable(tf.ones(shape=(2, 2)), name="W")
b = tf.Variable(tf.zeros(shape=(2)), name="b")


@tf.function
def model(x):
    return W * x + b


out_a = model([1, 0])
print(out_a)
