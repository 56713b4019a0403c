"""A cheap "is a QR code likely here?" test: look for finder patterns (the three corner squares).

A finder pattern crossed through its centre reads dark-light-dark-light-dark in the widths
1:1:3:1:1, horizontally, vertically and diagonally. Scanning every other row of a ≤640 px
wide copy for that run pattern, then checking the hits in their columns and along the
diagonal (as zxing's detector does; text strokes often pass the first two), costs under a
millisecond per 1280x720 frame (numpy, no Python loop over pixels). The pipeline spends
more effort only where this finds something.
"""

from __future__ import annotations

import cv2
import numpy as np

HINT_WIDTH = 640  # work on at most this width: finder patterns of door-sized codes survive it
_LOCAL_MEAN = 31  # px window of the adaptive threshold (bigger than a finder pattern)
_CONTRAST = 6  # grey levels below the local mean to count as dark: ignores sensor noise
_ONE_TOL = 0.75  # allowed error of the 1-module runs, in modules
_THREE_TOL = 1.25  # allowed error of the 3-module centre run, in modules
_DIAG_TOL = 1.0  # the diagonal check's tolerance, in (diagonal) modules
_MIN_DIAGONAL = 2  # diagonal-checked hits that make a code likely (plain scenes: 0-1)
_MIN_PLAIN = 8  # or this many row-and-column hits (plain scenes here: at most 7)
_ROW_STEP = 2  # every other row: the centre square spans ≥3 rows even for small codes


def _run_hits(dark: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Rows, centre x and width of 1:1:3:1:1 dark/light runs along each row of `dark`."""
    width = dark.shape[1] - 1
    flat = np.flatnonzero(dark[:, 1:] != dark[:, :-1])  # run boundaries, row-major
    if len(flat) < 6:
        return None
    rows = flat // width
    cols = flat - rows * width
    runs = np.lib.stride_tricks.sliding_window_view(np.diff(cols).astype(np.float32), 5)
    n = len(runs)
    total = runs.sum(axis=1)
    unit = total / 7.0
    tol = _ONE_TOL * unit
    ok = (rows[5:] == rows[:n]) & (total >= 7)
    for i in (0, 1, 3, 4):
        ok &= np.abs(runs[:, i] - unit) < tol
    ok &= np.abs(runs[:, 2] - 3 * unit) < _THREE_TOL * unit
    idx = np.flatnonzero(ok)
    if len(idx) == 0:
        return None
    idx = idx[dark[rows[idx], cols[idx] + 1]]  # the first run must be dark
    if len(idx) == 0:
        return None
    centre = cols[idx] + 1 + runs[idx, 0] + runs[idx, 1] + runs[idx, 2] / 2
    return rows[idx], centre, total[idx]


def finder_candidates(gray: np.ndarray, min_hits: int = 1) -> np.ndarray:
    """Finder-pattern candidates as an (N, 4) array: x, y, width in `gray`'s pixels, and
    1.0 where the diagonal check passed too (0.0 where only rows and columns matched).

    Returns an empty array as soon as fewer than `min_hits` rows match (the cheap exit).
    """
    height, width = gray.shape
    scale = 1.0
    small = gray
    if width > HINT_WIDTH:
        scale = width / HINT_WIDTH
        small = cv2.resize(
            gray, (HINT_WIDTH, max(1, round(height / scale))), interpolation=cv2.INTER_AREA
        )
    mean = cv2.blur(small, (_LOCAL_MEAN, _LOCAL_MEAN))
    empty = np.empty((0, 4), np.float32)
    across = _run_hits(cv2.subtract(mean[::_ROW_STEP], small[::_ROW_STEP]) > _CONTRAST)
    if across is None or len(across[0]) < min_hits:
        return empty
    hy, hx, hw = across
    hy = hy * _ROW_STEP
    columns = np.unique(np.round(hx).astype(np.intp))
    down = _run_hits(
        np.ascontiguousarray((cv2.subtract(mean[:, columns], small[:, columns]) > _CONTRAST).T)
    )
    if down is None:
        return empty
    vcol, vy, vw = down
    vx = columns[vcol]
    # A real finder pattern is crossed at the same spot, with the same width, both ways.
    match = (
        (np.abs(vx[None, :] - hx[:, None]) <= 2)
        & (np.abs(vy[None, :] - hy[:, None]) <= np.maximum(2, hw[:, None] * 1.5 / 7))
        & (np.abs(vw[None, :] - hw[:, None]) <= hw[:, None] * 0.5)
    ).any(axis=1)
    if not match.any():
        return empty
    hx, hy, hw = hx[match] * scale, hy[match] * scale, hw[match] * scale
    diagonal = _diagonal_ok(small, mean, hx / scale, hy / scale, hw / scale)
    return np.stack([hx, hy, hw, diagonal.astype(np.float32)], axis=1).astype(np.float32)


def likely_code(candidates: np.ndarray) -> bool:
    """Worth a slow pass: two diagonal-checked finder hits, or many row-and-column ones
    (a low-contrast code often fails the diagonal; text rarely gives 8 hits)."""
    return int(np.count_nonzero(candidates[:, 3])) >= _MIN_DIAGONAL or len(candidates) >= _MIN_PLAIN


def best_candidates(candidates: np.ndarray) -> np.ndarray:
    """The diagonal-checked candidates when there are enough, else all of them."""
    checked = candidates[candidates[:, 3] > 0]
    return checked if len(checked) >= _MIN_DIAGONAL else candidates


def _first_runs(dark: np.ndarray) -> tuple[np.ndarray, ...]:
    """Lengths of the first three runs of each row of `dark`, and whether all three end."""
    change = np.cumsum(dark[:, 1:] != dark[:, :-1], axis=1)
    ends = [np.argmax(change >= k, axis=1) + 1 for k in (1, 2, 3)]
    complete = change[:, -1] >= 3
    return ends[0], ends[1] - ends[0], ends[2] - ends[1], complete


def _diagonal_ok(
    small: np.ndarray, mean: np.ndarray, cx: np.ndarray, cy: np.ndarray, w: np.ndarray
) -> np.ndarray:
    """Which candidates also read dark-light-dark outward along the diagonal (as zxing checks):
    text strokes pass the horizontal and vertical tests far more often than this one."""
    height, width = small.shape
    reach = int(np.ceil(float(w.max()) * 0.9)) + 2
    steps = np.arange(-reach, reach + 1)
    xs = np.clip(np.round(cx).astype(np.intp)[:, None] + steps[None, :], 0, width - 1)
    ys = np.clip(np.round(cy).astype(np.intp)[:, None] + steps[None, :], 0, height - 1)
    dark = (mean[ys, xs].astype(np.int16) - small[ys, xs]) > _CONTRAST
    right = _first_runs(dark[:, reach:])
    left = _first_runs(dark[:, reach::-1])
    unit = w / 7.0 * np.sqrt(2.0)
    tol = _DIAG_TOL * unit
    centre = right[0] + left[0] - 1
    ok = dark[:, reach] & right[3] & left[3]
    ok &= np.abs(centre - 3 * unit) < 2 * tol
    for side in (right, left):
        ok &= (np.abs(side[1] - unit) < tol) & (np.abs(side[2] - unit) < tol)
    return ok


def code_region(
    candidates: np.ndarray, shape: tuple[int, ...], margin_modules: float = 40.0
) -> tuple[int, int, int, int] | None:
    """The box (x0, y0, x1, y1) in which the candidates' code(s) lie, or None if none.

    A finder pattern is 7 modules wide and a ticket code ~25-45 modules, so the box reaches
    `margin_modules` modules beyond the candidates on every side.
    """
    if len(candidates) == 0:
        return None
    module = float(np.median(candidates[:, 2])) / 7.0
    pad = margin_modules * module
    height, width = shape[:2]
    x0 = int(max(0, candidates[:, 0].min() - pad))
    y0 = int(max(0, candidates[:, 1].min() - pad))
    x1 = int(min(width, candidates[:, 0].max() + pad))
    y1 = int(min(height, candidates[:, 1].max() + pad))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    return x0, y0, x1, y1
