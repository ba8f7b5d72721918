"""Fixed Sobel and box kernels passed to cv2.filter2D (OpenCV tutorial): fixed kernels are
data, not trainable weights."""

import cv2
import numpy as np

img = cv2.imread("input.png", cv2.IMREAD_GRAYSCALE)

sobel_x = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=np.float32)
sobel_y = sobel_x.T
box = np.ones((5, 5), np.float32) / 25

gx = cv2.filter2D(img, cv2.CV_32F, sobel_x)
gy = cv2.filter2D(img, cv2.CV_32F, sobel_y)
smoothed = cv2.filter2D(img, -1, box)
magnitude = np.sqrt(gx ** 2 + gy ** 2)
