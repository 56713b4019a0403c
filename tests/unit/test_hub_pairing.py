"""Pairing is bound to the hub's certificate: a relaying man in the middle gets nothing."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from checkin_app.hublink.pairing import (
    hub_proof,
    normalise_code,
    pairing_key,
    station_proof,
)
from checkin_app.hublink.tls import new_identity
from checkin_app.services.hub_pairing import (
    MAX_FAILED_ATTEMPTS,
    HubPairing,
    PairingRefused,
    token_hash,
)
from checkin_app.storage.database import Database
from checkin_app.storage.venue import VenueStore
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture
def hub(tmp_path: Path) -> HubPairing:
    keyring.set_keyring(MemoryKeyring())
    identity = new_identity("Test hub", b"passphrase")
    return HubPairing(
        VenueStore(Database(tmp_path / "hub.sqlite3")), identity.fingerprint, "Test hub"
    )


def test_a_station_with_the_code_and_the_real_certificate_pairs(hub: HubPairing) -> None:
    code = hub.code.code
    key = pairing_key(code, hub.fingerprint)
    reply = hub.pair("Door 1", "nonce1234", station_proof(key, "nonce1234", "Door 1"))
    assert reply["hub_proof"] == hub_proof(key, "nonce1234", reply["station_id"], reply["token"])
    station = hub.authenticate(f"Bearer {reply['station_id']}:{reply['token']}")
    assert station is not None and station.name == "Door 1"
    assert station.token_hash == token_hash(reply["token"])  # only the hash is kept
    assert hub.authenticate(f"Bearer {reply['station_id']}:wrong") is None
    assert hub.revoke("Door 1") == 1
    assert hub.authenticate(f"Bearer {reply['station_id']}:{reply['token']}") is None


def test_a_proof_made_over_another_certificate_is_refused(hub: HubPairing) -> None:
    """What a relaying attacker forwards: the station saw the attacker's certificate."""
    attacker = new_identity("Fake hub", b"x").fingerprint
    key = pairing_key(hub.code.code, attacker)
    with pytest.raises(PairingRefused) as refused:
        hub.pair("Door 1", "nonce1234", station_proof(key, "nonce1234", "Door 1"))
    assert refused.value.status == 401
    assert hub.stations() == []


def test_the_code_is_renewed_after_too_many_wrong_guesses(hub: HubPairing) -> None:
    first = hub.code.code
    statuses = []
    for attempt in range(MAX_FAILED_ATTEMPTS):
        try:
            hub.pair("Guesser", f"nonce{attempt:04d}", "00" * 32)
        except PairingRefused as exc:
            statuses.append(exc.status)
    assert statuses[-1] == 429 and set(statuses[:-1]) == {401}
    assert hub.code.code != first


def test_codes_forgive_look_alike_characters() -> None:
    assert normalise_code("ab0o-1il x") == normalise_code("AB00111X")
