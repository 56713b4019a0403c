"""The hub's TLS identity: a self-signed certificate, its fingerprint, and pinned contexts.

The hub makes one EC P-256 key and a self-signed certificate on first start and keeps both
(the private key encrypted). A station pins that exact certificate at pairing: its client
context trusts nothing else (no system CAs), so nobody on the venue Wi-Fi can read or forge
the traffic. Host names are not checked: a hub's address changes with DHCP, its key does not.
"""

from __future__ import annotations

import datetime
import hashlib
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CERT_VALIDITY_DAYS = 3650
_KEY_USAGE = x509.KeyUsage(
    digital_signature=True, key_cert_sign=True, crl_sign=False, content_commitment=False,
    key_encipherment=False, data_encipherment=False, key_agreement=False, encipher_only=False,
    decipher_only=False,
)  # fmt: skip


@dataclass(frozen=True)
class HubIdentity:
    """The hub's certificate (public, PEM) and private key (PEM, encrypted at rest)."""

    cert_pem: bytes
    key_pem_encrypted: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint_of_pem(self.cert_pem)


def new_identity(common_name: str, passphrase: bytes) -> HubIdentity:
    """A fresh key and self-signed certificate; the key is encrypted with `passphrase`."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64] or "hub")])
    now = datetime.datetime.now(datetime.UTC)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=CERT_VALIDITY_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_KEY_USAGE, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    return HubIdentity(cert.public_bytes(serialization.Encoding.PEM), key_pem)


def fingerprint_of_der(der: bytes) -> str:
    """SHA-256 of the certificate's DER bytes, lower-case hex."""
    return hashlib.sha256(der).hexdigest()


def fingerprint_of_pem(pem: bytes) -> str:
    return fingerprint_of_der(ssl.PEM_cert_to_DER_cert(pem.decode("ascii")))


def short_fingerprint(fingerprint: str) -> str:
    """The first 16 hex digits in groups of four, for people to compare by eye."""
    head = fingerprint[:16].upper()
    return " ".join(head[i : i + 4] for i in range(0, 16, 4))


def server_context(identity: HubIdentity, passphrase: bytes) -> ssl.SSLContext:
    """The hub's TLS server context. OpenSSL reads the key from a file, so the key goes to a
    private temporary file *still encrypted*, and the passphrase is given separately."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    with tempfile.TemporaryDirectory() as tmp:
        cert_path = Path(tmp) / "cert.pem"
        key_path = Path(tmp) / "key.pem"
        cert_path.write_bytes(identity.cert_pem)
        key_path.touch(mode=0o600)
        key_path.write_bytes(identity.key_pem_encrypted)
        context.load_cert_chain(cert_path, key_path, password=passphrase)
    return context


def pinned_client_context(cert_pem: bytes) -> ssl.SSLContext:
    """A client context that trusts only the pinned hub certificate."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False  # the pinned certificate is the identity, not the address
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=cert_pem.decode("ascii"))
    return context


def unverified_client_context() -> ssl.SSLContext:
    """Only for pairing's first contact: the certificate is read, then proven with the code
    (checkin_app/hublink/pairing.py); nothing secret is sent before that proof."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context
