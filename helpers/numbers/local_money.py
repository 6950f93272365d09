"""Sums written with a local currency's short sign glued to the figure: "Dh3.67 billion" (UAE
dirhams), "RM16,000" (ringgit), "IR£4 million" (Irish pounds), "Rp5,000" (rupiah), "₦2bn" (naira).

Regional copy writes these the way Western copy writes "$" and "£": sign, then figure, no space.
The short letter signs are matched only glued and in their own capitalisation, since "RM" or "Dh"
apart from a figure may be anything; the symbol signs ("₦", "₺") stand for their currency alone.
Used by ``extract`` (before the generic number phrases, so "3.67 billion" is not read twice).
"""

from __future__ import annotations

import re

from helpers.numbers import words as numwords

# sign as written -> ISO code
LETTER_SIGNS = {"Dh": "AED", "Dhs": "AED", "RM": "MYR", "Rp": "IDR", "KSh": "KES", "Tk": "BDT", "IR£": "IEP",
                "E£": "EGP", "LE": "EGP", "SR": "SAR", "QR": "QAR"}
SYMBOL_SIGNS = {"₦": "NGN", "₺": "TRY", "₩": "KRW", "₱": "PHP", "₪": "ILS", "৳": "BDT", "₫": "VND", "₸": "KZT", "₾": "GEL"}
_SIGNS = "|".join(re.escape(s) for s in sorted([*LETTER_SIGNS, *SYMBOL_SIGNS], key=len, reverse=True))
# the sign, glued to a figure with an optional glued scale ("Dh11bn") or a scale word after ("IR£4 million")
LOCAL_MONEY = re.compile(rf"(?<![\w$£€])(?P<sign>{_SIGNS})\s?(?P<amount>\d(?:[\d,]*\d)?(?:\.\d+)?)(?P<glued>bn|mn|m|k)?"
                         r"(?:\s(?P<scale>thousand|million|billion|trillion))?(?![\w-])")


def local_money(text: str) -> list[dict]:
    """Money rows for sums with a local currency sign ("Dh3.67 billion" -> 3.67e9 AED)."""
    rows = []
    for m in LOCAL_MONEY.finditer(text):
        sign = m.group("sign")
        if sign in LETTER_SIGNS and len(sign) < 3 and text[m.end("sign"):m.start("amount")]:
            continue  # "SR 71", "RM 5": a short letter sign apart from its figure may be a code or a name
        amount = numwords.parse_number(m.group("amount"))
        if amount is None:
            continue
        amount *= numwords.MULTIPLIERS[m.group("glued")] if m.group("glued") else 1
        amount *= numwords.SCALES[m.group("scale")] if m.group("scale") else 1
        code = LETTER_SIGNS.get(sign) or SYMBOL_SIGNS[sign]
        rows.append({"start": m.start(), "end": m.end(), "surface": m.group(0), "value": float(amount),
                     "kind": "money", "unit": code})
    return rows
