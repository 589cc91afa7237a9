"""Tokens, registration codes and the admin password.

Station tokens are 32 random bytes, so a plain SHA-256 is enough to store them (nobody can
guess a preimage); the admin password is a human choice and gets argon2id.
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.sync_schema import limits

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
_hasher = PasswordHasher()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_code() -> str:
    """A registration code that is easy to read aloud: ``XXXX-XXXX-XXXX``."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(limits.REGISTER_CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(code: str) -> str:
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
