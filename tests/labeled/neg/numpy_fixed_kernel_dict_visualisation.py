"""A convolution explainer (a marimo notebook cell): a dict of fixed 3x3 kernels, the blur one built from
np.ones / 9, picked by a dropdown and slid over a toy image. Nothing trains them: fixed kernels are data."""

import numpy as np


def show_convolution(kernel_choice):
    input_img = np.array([[10, 10, 10, 0, 0, 0]] * 3 + [[0, 0, 0, 10, 10, 10]] * 3, dtype=float)
    kernels = {
        "Edge Detect (Horizontal)": np.array([[-1, -1, -1], [0, 0, 0], [1, 1, 1]], dtype=float),
        "Sharpen": np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], dtype=float),
        "Blur": np.ones((3, 3), dtype=float) / 9,
        "Identity": np.zeros((3, 3)),
    }
    kernel = kernels[kernel_choice]
    output = np.zeros((4, 4))
    for i in range(4):
        for j in range(4):
            output[i, j] = np.sum(input_img[i:i + 3, j:j + 3] * kernel)
    return output
