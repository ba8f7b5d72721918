"""A random-search policy for CartPole: each episode draws a fresh weight with `torch.rand` and only
evaluates it (`env.step(action)` is the environment's step, no optimizer's); the best draw is kept. Nothing is
trained, so the draws are samples, not initial weights."""

import gym
import torch

env = gym.make("CartPole-v0")
n_state = env.observation_space.shape[0]
n_action = env.action_space.n


def run_episode(env, weight):
    state = env.reset()
    total_reward, is_done = 0, False
    while not is_done:
        state = torch.from_numpy(state).float()
        action = torch.argmax(torch.matmul(state, weight))
        state, reward, is_done, _ = env.step(action.item())
        total_reward += reward
    return total_reward


best_total_reward, best_weight = 0, None
for episode in range(1000):
    weight = torch.rand(n_state, n_action)
    total_reward = run_episode(env, weight)
    if total_reward > best_total_reward:
        best_weight, best_total_reward = weight, total_reward
