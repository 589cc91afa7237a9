"""TR-03151 log messages and the receipt QR code: what a standard verifier rebuilds."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import stat
import tarfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from app.services.fiscal import log_message, qr
from app.services.fiscal.software_tse import KEY_FILE, SoftwareTse
from app.services.fiscal.tse import TseError
from tests.conftest import Clock

DATA = "Beleg^10.00_5.00_0.00_0.00_0.00^12.00:Bar_3.00:Unbar"


def test_signed_message_is_the_der_of_the_tr03151_fields() -> None:
    """The bytes signed are the DER TLVs version … logTime in TR-03151 order and tags."""
    fields = log_message.LogFields("FinishTransaction", "K1", b"x", "Kassenbeleg-V1", 7,
                                   b"\x01" * 32, "ecdsa-plain-SHA256", 12, 1_700_000_000)
    expected = (bytes.fromhex("020102") + bytes.fromhex("0609 04007f000703070101")
                + b"\x80\x11FinishTransaction" + b"\x81\x02K1" + b"\x82\x01x"
                + b"\x83\x0eKassenbeleg-V1" + b"\x85\x01\x07" + b"\x04\x20" + b"\x01" * 32
                + bytes.fromhex("300c 060a 04007f00070101040103") + b"\x02\x01\x0c"
                + b"\x02\x04" + (1_700_000_000).to_bytes(4, "big"))
    assert log_message.to_be_signed(fields) == expected
    der = log_message.encode(fields, b"\x02" * 64)
    assert log_message.decode(der) == (fields, b"\x02" * 64)


@pytest.mark.parametrize("number", [0, 1, 127, 128, 255, 256, 65_535, 2**31, 2**40])
@pytest.mark.parametrize("data_len", [0, 1, 127, 128, 255, 256, 70_000])
def test_direct_der_equals_the_asn1crypto_model(number: int, data_len: int) -> None:
    """The fast encoder writes byte for byte what asn1crypto writes (lengths and integers
    across their encoding boundaries, long and short forms)."""
    fields = log_message.LogFields("UpdateTransaction", "KREISLAUF-S01", b"\xff" * data_len,
                                   "SonstigerVorgang", number, bytes(range(32)),
                                   "ecdsa-plain-SHA384", number + 1, number)
    signature = b"\x7f" * 96
    assert log_message.to_be_signed(fields) == bytes(
        log_message.asn1_message(fields, None).contents)
    assert log_message.encode(fields, signature) == bytes(
        log_message.asn1_message(fields, signature).dump())
    assert log_message.decode(log_message.encode(fields, signature)) == (fields, signature)


def test_qr_verifies_and_a_changed_amount_does_not(software_tse: SoftwareTse) -> None:
    """The QR alone verifies; changing one amount in it breaks the signature."""
    software_tse.start_transaction("t1")
    signed = software_tse.finish_transaction("t1", "Kassenbeleg-V1", DATA)
    payload = qr.payload(signed)
    assert len(payload.split(";")) == 12
    assert qr.verify(payload)
    assert not qr.verify(payload.replace("12.00:Bar", "13.00:Bar"))
    assert not qr.verify(payload.replace(f";{signed.signature_counter};",
                                         f";{signed.signature_counter + 1};"))


def test_serial_is_sha256_of_the_public_key(software_tse: SoftwareTse) -> None:
    """TSE serial = SHA-256 of the uncompressed public point, hex."""
    info = software_tse.info()
    point = base64.b64decode(info.public_key)
    assert len(point) == 65 and point[0] == 4
    assert info.serial == hashlib.sha256(point).hexdigest()
    assert not info.certified and info.certificate_id == "Software-TSE"


def test_key_file_is_private(software_tse: SoftwareTse, tmp_path: Path) -> None:
    """The private key is readable by the owner only (0600)."""
    mode = stat.S_IMODE(os.stat(software_tse.folder / KEY_FILE).st_mode)
    assert mode == 0o600


def test_counters_survive_a_restart(software_tse: SoftwareTse, clock: Clock) -> None:
    """Transaction number and signature counter go on after reopening, key unchanged."""
    software_tse.start_transaction("a")
    first = software_tse.finish_transaction("a", "Kassenbeleg-V1", DATA)
    software_tse.close()
    again = SoftwareTse(software_tse.folder, "KREISLAUF-S01", clock=clock)
    try:
        again.start_transaction("b")
        second = again.finish_transaction("b", "Kassenbeleg-V1", DATA)
        assert second.number == first.number + 1
        assert second.signature_counter == first.signature_counter + 2
        assert second.public_key == first.public_key
        assert again.lookup("a").signed == first  # the stored answer, for recovery
    finally:
        again.close()


def test_repeated_calls_return_the_same_answer(software_tse: SoftwareTse) -> None:
    """Start and finish may be repeated after a lost answer: no second signature."""
    one = software_tse.start_transaction("r")
    assert software_tse.start_transaction("r") == one
    done = software_tse.finish_transaction("r", "Kassenbeleg-V1", DATA)
    assert software_tse.finish_transaction("r", "Kassenbeleg-V1", DATA) == done


def test_clock_backwards_is_refused(software_tse: SoftwareTse, clock: Clock) -> None:
    """A clock that jumped back is not signed with; a tiny slew is waited out."""
    software_tse.start_transaction("c")
    clock.advance(seconds=-1)
    software_tse.start_transaction("d")  # waits one second (the fixture's sleep)
    clock.advance(hours=-1)
    with pytest.raises(TseError, match="zurückgesprungen"):
        software_tse.start_transaction("e")


def test_tar_export_names_and_signatures(software_tse: SoftwareTse) -> None:
    """TR-03153 file names; each log message verifies with the key in the certificate."""
    software_tse.start_transaction("x")
    software_tse.finish_transaction("x", "Kassenbeleg-V1", DATA)
    with tarfile.open(fileobj=io.BytesIO(software_tse.export())) as tar:
        _check_tar(tar)


def _check_tar(tar: tarfile.TarFile) -> None:
    names = tar.getnames()
    logs = [n for n in names if n.endswith(".log")]
    assert [n.split("_")[2:6] for n in logs] == [["Sig-1", "Log-Tra", "No-1", "Start"],
                                                 ["Sig-2", "Log-Tra", "No-1", "Finish"]]
    assert all(n.startswith("Unixt_") and n.endswith("_Client-KREISLAUF-S01.log") for n in logs)
    from cryptography import x509

    cert_name = next(n for n in names if n.endswith("_X509.cer"))
    member = tar.extractfile(cert_name)
    assert member is not None
    cert = x509.load_der_x509_certificate(member.read())
    key = cert.public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    point = key.public_bytes(serialization.Encoding.X962,
                             serialization.PublicFormat.UncompressedPoint)
    assert cert_name.split("_")[0] == hashlib.sha256(point).hexdigest().upper()
    for name in logs:
        data = tar.extractfile(name)
        assert data is not None
        fields, raw = log_message.decode(data.read())
        der = encode_dss_signature(int.from_bytes(raw[:32], "big"),
                                   int.from_bytes(raw[32:], "big"))
        key.verify(der, log_message.to_be_signed(fields), ec.ECDSA(hashes.SHA256()))
