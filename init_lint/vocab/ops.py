"""Operations that multiply an input with a weight, by the last component of the called name.

One table for the model (which weights a file multiplies with), the dataflow (what a product feeds) and the
use analysis (how a weight is used): `np.dot`, `torch.mm`, `F.linear`, `tf.nn.conv2d`, and the sparse
products of graph code (`torch.sparse.mm`, torch_sparse's `spmm(index, value, m, n, W)`,
`tf.sparse_tensor_dense_matmul(A, W)`), whose dense operand is the weight.
"""

from __future__ import annotations

PRODUCTS = frozenset({
    "matmul", "mm", "bmm", "dot", "linear", "einsum", "tensordot", "inner",
    "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "baddbmm", "addmm",
    "spmm", "sparse_dense_matmul", "sparse_tensor_dense_matmul", "sparse_matmul",
    "relu_layer",  # tf.nn.relu_layer(x, weights, biases): relu(matmul(x, weights) + biases)
    "xw_plus_b",  # tf.nn.xw_plus_b(x, weights, biases): matmul(x, weights) + biases
})
