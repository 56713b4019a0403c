"""`checkin-app scan PATH...`: images, folders and videos in, one line per file out."""

from __future__ import annotations

import json
import subprocess
import sys

import cv2
import numpy as np
import pytest
import segno

from checkin_app import cli
from checkin_app.domain.payload import check_in_url
from checkin_app.scanner.synthetic import code_corners, paste_code, render_qr, scene

URL = check_in_url("AB12-CD34-EF", "2f7a3f0e-1d7b-4c55-9e3b-6a9b0c2d4e5f")


@pytest.fixture(autouse=True)
def only_scan_command(monkeypatch):
    # The scan command on its own: independent of the other commands' modules.
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("scan",))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["scan", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def ticket(path, text: str = URL, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    frame = scene(640, 480, rng)
    paste_code(frame, render_qr(text), code_corners((320, 240), 260, 3, 0, rng))
    cv2.imwrite(str(path), frame)


def test_json_lines_for_images_and_a_folder(tmp_path, capsys, corpus_root):
    ticket(tmp_path / "a.png")
    cv2.imwrite(str(tmp_path / "blank.jpg"), scene(320, 240, np.random.default_rng(2)))
    photo = corpus_root / "qrcode-1" / "1.png"
    code, out, err = run(capsys, str(tmp_path), str(photo), "--json")
    assert code == 0 and err == ""
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(r["path"].rsplit("/", 1)[-1], r["codes"]) for r in lines] == [
        ("a.png", [URL]),
        ("blank.jpg", []),
        ("1.png", [(corpus_root / "qrcode-1" / "1.txt").read_text(encoding="utf-8")]),
    ]
    assert all(set(r) == {"path", "codes", "ms"} and r["ms"] >= 0 for r in lines)


def test_plain_text_output_and_odd_payloads_stay_on_one_line(tmp_path, capsys):
    ticket(tmp_path / "t.png")
    weird = tmp_path / "weird.png"
    segno.make_qr(b"\x01line1\nline2\xff").save(str(weird), scale=8)
    code, out, _ = run(capsys, str(tmp_path / "t.png"), str(weird))
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith(f"{tmp_path / 't.png'}: 1 code(s)") and lines[0].endswith(URL)
    assert "\\x01line1\\x0aline2" in lines[1]


def test_unreadable_files_are_reported_and_the_rest_still_scanned(tmp_path, capsys):
    ticket(tmp_path / "good.png")
    (tmp_path / "broken.png").write_bytes(b"\x89PNG garbage")
    code, out, err = run(
        capsys,
        str(tmp_path / "missing.png"),
        str(tmp_path / "broken.png"),
        str(tmp_path / "good.png"),
        "--json",
    )
    assert code == 0  # it ran and read at least one file
    errors = err.splitlines()
    assert errors == [
        f"checkin-app: {tmp_path / 'missing.png'}: no such file or folder",
        f"checkin-app: {tmp_path / 'broken.png'}: not a readable image",
    ]
    results = [json.loads(line) for line in out.splitlines()]
    assert [r.get("error") for r in results] == [
        "no such file or folder",
        "not a readable image",
        None,
    ]
    assert results[2]["codes"] == [URL]
    assert "Traceback" not in err


def test_exit_1_only_when_nothing_could_be_read(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, str(tmp_path / "nope.png"), str(tmp_path / "empty"))
    assert code == 1 and out == ""
    assert "folder holds no images" in err


def test_found_nothing_is_still_success(tmp_path, capsys):
    cv2.imwrite(str(tmp_path / "plain.png"), scene(320, 240, np.random.default_rng(0)))
    code, out, _ = run(capsys, str(tmp_path / "plain.png"))
    assert code == 0 and out.strip().endswith("ms)") and ": no code (" in out


def test_video_reports_frames_and_each_code_once(tmp_path, capsys):
    path = tmp_path / "door.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (640, 480))
    other = check_in_url("ZZ99-YY88-XX", "2f7a3f0e-1d7b-4c55-9e3b-6a9b0c2d4e5f")
    for i in range(8):
        rng = np.random.default_rng(i)
        frame = scene(640, 480, rng)
        if i < 3 or i >= 6:
            paste_code(
                frame, render_qr(URL if i < 3 else other), code_corners((320, 240), 260, 0, 0, rng)
            )
        writer.write(frame)
    writer.release()
    code, out, _ = run(capsys, str(path), "--json")
    (result,) = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert result["frames"] == 8 and result["codes"] == [URL, other]
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"nope")
    code, _, err = run(capsys, str(junk))
    assert code == 1 and "junk.mp4: not a video this app can decode" in err


@pytest.mark.parametrize("backend", ["auto", "zxing", "pyzbar", "opencv", "opencv-aruco", "zbar"])
def test_each_backend_by_name(tmp_path, capsys, backend):
    ticket(tmp_path / "t.png")
    code, out, _ = run(capsys, str(tmp_path / "t.png"), "--backend", backend, "--json")
    assert code == 0 and json.loads(out)["codes"] == [URL]


def test_unknown_or_unavailable_backend_is_a_plain_error(tmp_path, capsys):
    ticket(tmp_path / "t.png")
    code, _, err = run(capsys, str(tmp_path / "t.png"), "--backend", "magic")
    assert code == 2 and err.startswith("checkin-app: unknown backend 'magic'")
    if not hasattr(cv2, "wechat_qrcode_WeChatQRCode"):
        code, _, err = run(capsys, str(tmp_path / "t.png"), "--backend", "wechat")
        assert code == 2 and "opencv-contrib" in err and "Traceback" not in err


def test_the_scanner_package_never_imports_qt():
    script = (
        "import sys, pkgutil, importlib, checkin_app.scanner as s\n"
        "for m in pkgutil.iter_modules(s.__path__):\n"
        "    importlib.import_module(f'{s.__name__}.{m.name}')\n"
        "import checkin_app.commands.scan\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
