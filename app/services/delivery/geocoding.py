"""Coordinates for an address from a geocoder, where one is configured.

The till works without one (coordinates are typed, ``51,5711 8,1057``). A store that has
a geocoding service sets ``delivery.geocoder_url`` on the machine to a Nominatim-compatible
search endpoint (``…/search``: its own Nominatim, or a provider's under their terms; the
public OpenStreetMap instance allows at most one request a second with a named client).
One request per address: ``q=<street>, <postcode> <city>``, ``format=jsonv2``,
``limit=1``, ``countrycodes=de``; the answer is bounded in size and checked before use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import httpx

from app import __version__
from app.errors import ValidationError
from app.services.delivery import messages as msg
from app.services.delivery.model import Point
from app.services.delivery.orders import parse_coordinates

MAX_ANSWER_BYTES = 64 * 1024
TIMEOUT_S = 5.0
USER_AGENT = f"Kreislauf-Kasse/{__version__} (Warenhaus-Kasse, Lastenrad-Lieferungen)"


@dataclass(frozen=True)
class Found:
    point: Point
    text: str  # as the coordinates field shows it: "51,5711 8,1057"
    label: str  # the geocoder's name of the place, for the cashier to check


def _query(street: str, postcode: str, city: str) -> str:
    parts = [" ".join(street.split()), " ".join(f"{postcode} {city}".split())]
    return ", ".join(p for p in parts if p)


def look_up(url: str, street: str, postcode: str, city: str, *,
            timeout_s: float = TIMEOUT_S) -> Found:
    """The coordinates of the address; a German ``ValidationError`` when the service is
    not reachable, answers nonsense or knows no such address."""
    query = _query(street, postcode, city)
    if not street.strip() or not (postcode.strip() or city.strip()):
        raise ValidationError(msg.GEOCODER_NEEDS_ADDRESS)
    try:
        with httpx.Client(timeout=timeout_s, headers={"User-Agent": USER_AGENT},
                          follow_redirects=False) as client, client.stream(
                "GET", url, params={"q": query, "format": "jsonv2", "limit": "1",
                                    "countrycodes": "de"}) as response:
            if response.status_code != 200:
                raise ValidationError(msg.GEOCODER_FAILED.format(
                    reason=f"HTTP {response.status_code}"))
            body = b""
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_ANSWER_BYTES:
                    raise ValidationError(msg.GEOCODER_FAILED.format(reason="> 64 KiB"))
    except httpx.HTTPError as exc:
        raise ValidationError(msg.GEOCODER_FAILED.format(reason=type(exc).__name__)) \
            from None
    try:
        answer = json.loads(body)
    except ValueError:
        raise ValidationError(msg.GEOCODER_FAILED.format(reason="JSON")) from None
    if not isinstance(answer, list) or not answer:
        raise ValidationError(msg.GEOCODER_NOT_FOUND.format(address=query[:120]))
    first = answer[0]
    if not isinstance(first, dict) or not isinstance(first.get("lat"), str) or \
            not isinstance(first.get("lon"), str):
        raise ValidationError(msg.GEOCODER_FAILED.format(reason="lat/lon"))
    text = f"{first['lat'][:12]} {first['lon'][:12]}".replace(".", ",")
    point = parse_coordinates(text)  # bounded, German refusal for nonsense
    label = str(first.get("display_name", ""))[:160]
    return Found(point, text, label)
