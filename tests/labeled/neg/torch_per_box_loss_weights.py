"""Faster R-CNN style target assignment: per-box regression loss weights, 1 for
foreground anchors and 0 elsewhere. Loss weights, not network weights."""

import torch
import torch.nn.functional as F


def rpn_targets(anchors, gt_boxes, labels, encode):
    num_anchors = anchors.shape[0]
    bbox_targets = torch.zeros(num_anchors, 4)
    bbox_weights = torch.zeros(num_anchors, 4)
    label_weights = torch.ones(num_anchors)
    pos = labels == 1
    bbox_targets[pos] = encode(anchors[pos], gt_boxes[pos])
    bbox_weights[pos] = 1.0
    return bbox_targets, bbox_weights, label_weights


def rpn_loss(bbox_pred, bbox_targets, bbox_weights):
    loss = F.smooth_l1_loss(bbox_pred, bbox_targets, reduction="none")
    return (loss * bbox_weights).sum() / bbox_weights.sum().clamp(min=1.0)
