#!/usr/bin/env python3
"""Multiply-adds per image of the CLIP image towers LinguaLens runs, counted from their
architectures the same way for all (convolutions, linears and attention products; norms,
activations and pooling are left out, as FLOP counters do).

Why: issue #20 sets "indexing with ViT-B/32 >= 5x faster than with RN50x4" from figures of
~42.6 vs ~4.4 GFLOPs. Counted alike the work differs by 4.8x: 5x is above the work ratio
itself. open_clip's docs/model_profile.csv (torch's flop counter, 2 FLOPs per multiply-add)
lists image_gflops RN50x4 42.56, ViT-B-32 8.82, ViT-B-16-plus-240 54.76, ViT-L-14 162.03;
this script reproduces each as twice its multiply-adds.

ref: openai/CLIP clip/model.py (Bottleneck, AttentionPool2d, ModifiedResNet,
VisionTransformer); open_clip's AttentionPool2d queries with every token (query=x), as
counted here; OpenAI's newer code queries with the first token only (0.7 G fewer).
"""


def conv(cin, cout, k, h, w):
    return cin * cout * k * k * h * w


def modified_resnet(layers, width, res, out_dim):
    macs, h = 0, res // 2  # the stem's first convolution has stride 2
    macs += conv(3, width // 2, 3, h, h) + conv(width // 2, width // 2, 3, h, h)
    macs += conv(width // 2, width, 3, h, h)
    h //= 2  # stem average pool
    inplanes = width
    for stage, blocks in enumerate(layers):
        planes = width * 2**stage
        for b in range(blocks):
            stride = 2 if stage > 0 and b == 0 else 1
            macs += conv(inplanes, planes, 1, h, h) + conv(planes, planes, 3, h, h)
            out = h // stride  # anti-aliased: average pool after conv2
            macs += conv(planes, planes * 4, 1, out, out)
            if stride > 1 or inplanes != planes * 4:
                macs += conv(inplanes, planes * 4, 1, out, out)  # downsample
            inplanes, h = planes * 4, out
    tokens, d = h * h + 1, inplanes
    macs += 3 * tokens * d * d  # q, k, v for every token
    macs += 2 * tokens * tokens * d  # scores and weighted values
    macs += tokens * d * out_dim  # output projection
    return macs


def vision_transformer(width, layers, patch, res, out_dim):
    grid = res // patch
    tokens = grid * grid + 1
    macs = grid * grid * 3 * patch * patch * width  # patch embedding
    per_layer = 4 * tokens * width * width + 2 * tokens * tokens * width + 8 * tokens * width * width
    return macs + layers * per_layer + width * out_dim


towers = {
    "RN50x4 (288 px)": modified_resnet((4, 6, 10, 6), 80, 288, 640),
    "ViT-B/32 (224 px)": vision_transformer(768, 12, 32, 224, 512),
    "ViT-B/16-plus-240": vision_transformer(896, 12, 16, 240, 640),
    "ViT-L/14 (224 px)": vision_transformer(1024, 24, 14, 224, 768),
}
rn = towers["RN50x4 (288 px)"]
for name, macs in towers.items():
    print(f"{name:20s} {macs / 1e9:7.2f} G multiply-adds  ({2 * macs / 1e9:7.2f} GFLOPs)"
          f"  RN50x4 / this: {rn / macs:.2f}")
