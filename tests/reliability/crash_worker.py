"""Child process for the crash test: scans tickets and reports each committed verdict."""

from __future__ import annotations

import sys

from checkin_app.bootstrap import open_station
from checkin_app.domain.models import InputMethod


def main() -> None:
    data_dir, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    station = open_station(data_dir)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    for i in range(first, first + count):
        number = f"CRSH-TEST-{i:05d}"
        verdict = station.checkin.scan(number, None, "Crash Door", InputMethod.SCANNER)
        # Reported only after scan() returned, i.e. after the commit.
        out.write(f"{verdict.scan_id} {number} {verdict.kind.value}\n")
        out.flush()


if __name__ == "__main__":
    main()
