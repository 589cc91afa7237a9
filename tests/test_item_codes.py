"""Item codes: EAN-13 in the in-store range, minted offline, never reused."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.config import Paths
from app.services.intake import item_codes
from app.services.intake.item_codes import check_digit, is_valid_ean13, make_code
from app.services.kernel.backend import open_backend
from app.services.kernel.context import SYSTEM
from app.services.users import setup
from app.sync_schema import limits


def test_known_check_digit() -> None:
    """A published EAN-13 checks out (4006381333931)."""
    assert check_digit("400638133393") == 1
    assert is_valid_ean13("4006381333931")
    assert not is_valid_ean13("4006381333932")


@given(st.integers(1, 99), st.integers(1, item_codes.MAX_SERIAL))
def test_every_minted_code_is_valid_and_ours(station: int, serial: int) -> None:
    """Any station and serial give a valid EAN-13 with prefix 20 and the station digits."""
    code = make_code(station, serial)
    assert is_valid_ean13(code)
    assert code.startswith("20") and item_codes.station_of(code) == station
    assert int(code[4:12]) == serial


@given(st.lists(st.tuples(st.integers(1, 99), st.integers(1, item_codes.MAX_SERIAL)),
                min_size=2, max_size=50, unique=True))
def test_no_collisions_across_stations(pairs: list[tuple[int, int]]) -> None:
    """Different (station, serial) pairs never give the same code."""
    codes = {make_code(s, n) for s, n in pairs}
    assert len(codes) == len(pairs)


@given(st.text(alphabet="0123456789", min_size=13, max_size=13))
def test_single_digit_errors_are_caught(code: str) -> None:
    """Changing one digit of a valid code always breaks the check digit."""
    valid = code[:12] + str(check_digit(code[:12]))
    for pos in range(13):
        for digit in "0123456789":
            if digit != valid[pos]:
                assert not is_valid_ean13(valid[:pos] + digit + valid[pos + 1:])


@settings(max_examples=5, deadline=None)
@given(st.lists(st.integers(1, 4), min_size=1, max_size=4))
def test_codes_survive_restarts(tmp_path_factory, batches: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Minting across reopenings of the database never repeats a code."""
    paths = Paths(tmp_path_factory.mktemp("till"))
    seen: list[str] = []
    for i, count in enumerate(batches):
        backend = open_backend(paths, must_exist=i > 0)
        if i == 0:
            backend.call(SYSTEM, setup.initialise, 42, "Test")
            backend.forget_station()
        seen += backend.call(SYSTEM, item_codes.mint, count)
        backend.close()
    assert len(seen) == len(set(seen)) == sum(batches)
    assert all(c.startswith("2042") for c in seen)


def test_failed_transaction_does_not_burn_or_reuse(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """A rolled-back intake gives its code back (nothing was printed); the next is fresh."""
    paths = Paths(tmp_path_factory.mktemp("till"))
    backend = open_backend(paths, must_exist=False)
    backend.call(SYSTEM, setup.initialise, 5, "Test")
    backend.forget_station()
    first = backend.call(SYSTEM, item_codes.mint, 1)[0]
    try:
        with backend.write(SYSTEM) as ctx:
            item_codes.mint(ctx, 1)
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    second = backend.call(SYSTEM, item_codes.mint, 1)[0]
    assert int(second[4:12]) == int(first[4:12]) + 1
    backend.close()
    assert limits.MAX_INTAKE_PIECES >= 1
