"""A Flax transformer encoder block: the feed-forward Denses kept in a literal list, applied as self.linear[0] then
ReLU then self.linear[1]. Xavier on the first feeds ReLU; the attention projection before it does not."""

import flax.linen as nn


class EncoderBlock(nn.Module):
    hidden_dim: int
    num_heads: int
    dim_feedforward: int

    def setup(self):
        self.self_attn = nn.MultiHeadDotProductAttention(num_heads=self.num_heads,
                                                         kernel_init=nn.initializers.xavier_uniform())
        self.linear = [
            nn.Dense(self.dim_feedforward, kernel_init=nn.initializers.xavier_uniform()),  # expect: INI101
            nn.Dense(self.hidden_dim, kernel_init=nn.initializers.xavier_uniform()),
        ]
        self.norm1 = nn.LayerNorm()
        self.norm2 = nn.LayerNorm()

    def __call__(self, x):
        x = self.norm1(self.self_attn(x, x) + x)
        feedforward = self.linear[0](x)
        feedforward = nn.relu(feedforward)
        feedforward = self.linear[1](feedforward)
        return self.norm2(feedforward + x)
