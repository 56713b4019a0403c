"""Synthesize the three door sounds as small WAV files (Qt-free; stdlib only).

Admitted: two rising notes. Needs attention: two equal mid notes. Rejected: a low falling
buzz. Distinct in pitch and rhythm, so they are told apart without looking.
Run `python -m checkin_app.ui.sound_synth checkin_app/resources/sounds` to regenerate the resources.
"""

from __future__ import annotations

import io
import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
SOUND_NAMES = ("admitted", "attention", "rejected")

# (frequency Hz, duration s, waveform) per note; 0 Hz is a pause.
_NOTES: dict[str, list[tuple[float, float, str]]] = {
    "admitted": [(880.0, 0.09, "sine"), (0.0, 0.02, "sine"), (1318.5, 0.16, "sine")],
    "attention": [(660.0, 0.12, "sine"), (0.0, 0.08, "sine"), (660.0, 0.12, "sine")],
    "rejected": [(220.0, 0.18, "square"), (0.0, 0.04, "square"), (165.0, 0.28, "square")],
}


def _samples(freq: float, seconds: float, shape: str, volume: float) -> list[int]:
    count = int(RATE * seconds)
    fade = max(1, int(RATE * 0.01))  # 10 ms ramps: no clicks at note edges
    out = []
    for i in range(count):
        if freq <= 0:
            out.append(0)
            continue
        phase = math.sin(2 * math.pi * freq * i / RATE)
        value = phase if shape == "sine" else (0.6 if phase >= 0 else -0.6)
        ramp = min(1.0, i / fade, (count - 1 - i) / fade)
        out.append(int(32767 * volume * value * ramp))
    return out


def wav_bytes(name: str, volume: float = 0.5) -> bytes:
    """The WAV file (16-bit mono PCM) for one of `SOUND_NAMES`."""
    samples: list[int] = []
    for freq, seconds, shape in _NOTES[name]:
        samples.extend(_samples(freq, seconds, shape, volume))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


def write_sounds(folder: Path) -> dict[str, Path]:
    """Write every sound into `folder` (created if needed); returns name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in SOUND_NAMES:
        path = folder / f"{name}.wav"
        path.write_bytes(wav_bytes(name))
        paths[name] = path
    return paths


if __name__ == "__main__":
    write_sounds(Path(sys.argv[1] if len(sys.argv) > 1 else "checkin_app/resources/sounds"))
