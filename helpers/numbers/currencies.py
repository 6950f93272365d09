"""Currencies named in words beyond the few in ``units.CURRENCIES``: "5 billion rials",
"300 million Egyptian pounds", "2,000m pesetas", "400 million drachmas".

A name shared by several countries (dinar, peso, pound, rupee, krone, shilling) takes its
country from the adjective before it ("Kuwaiti dinars" -> KWD); alone it keeps the code of the
country whose currency the bare name is (rials -> IRR, shekels -> ILS), and a name several
countries use alone keeps the plural name itself ("dinars"), so no country is guessed.
"""

from __future__ import annotations

import re

# Bare names with one country (singular and plural forms map to the same code).
_ONE_COUNTRY = {
    "rial": "IRR", "shekel": "ILS", "sheqel": "ILS", "dirham": "AED", "peseta": "ESP", "drachma": "GRD",
    "lira": "TRY", "lire": "ITL", "krona": "SEK", "kronor": "SEK", "naira": "NGN", "rand": "ZAR", "taka": "BDT",
    "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR",
    "deutschmark": "DEM", "deutsche mark": "DEM", "lari": "GEL", "manat": "AZN", "tenge": "KZT",
    "afghani": "AFN", "birr": "ETB", "cedi": "GHS", "kwacha": "ZMW", "hryvnia": "UAH", "reais": "BRL",
    "escudo": "PTE", "guilder": "NLG", "schilling": "ATS", "lev": "BGN", "leva": "BGN", "leu": "RON", "lei": "RON",
    "dong": "VND", "kyat": "MMK", "riel": "KHR", "kip": "LAK", "bolivar": "VES", "bolivares": "VES",
}
# Adjective + name: the country says which dinar, pound or peso.
_BY_COUNTRY = {
    "riyal": {"saudi": "SAR", "qatari": "QAR", "": "SAR"},
    "rial": {"iranian": "IRR", "omani": "OMR", "yemeni": "YER"},
    "dinar": {"iraqi": "IQD", "kuwaiti": "KWD", "jordanian": "JOD", "bahraini": "BHD", "libyan": "LYD",
              "tunisian": "TND", "algerian": "DZD", "serbian": "RSD"},
    "pound": {"egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG", "british": "GBP"},
    "peso": {"mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "colombian": "COP", "chilean": "CLP",
             "philippine": "PHP", "cuban": "CUP", "uruguayan": "UYU"},
    "rupee": {"pakistani": "PKR", "indian": "INR", "sri lankan": "LKR", "nepalese": "NPR", "nepali": "NPR"},
    "krone": {"norwegian": "NOK", "danish": "DKK"}, "kroner": {"norwegian": "NOK", "danish": "DKK"},
    "krona": {"swedish": "SEK", "icelandic": "ISK"},
    "shilling": {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS"},
    "dollar": {"canadian": "CAD", "australian": "AUD", "new zealand": "NZD", "hong kong": "HKD",
               "singapore": "SGD", "taiwan": "TWD", "new taiwan": "TWD", "zimbabwe": "ZWL", "zimbabwean": "ZWL"},
    "franc": {"swiss": "CHF", "french": "FRF", "belgian": "BEF", "cfa": "XOF", "congolese": "CDF", "guinean": "GNF"},
    "ruble": {"belarusian": "BYN", "russian": "RUB"}, "rouble": {"belarusian": "BYN", "russian": "RUB"},
    "lira": {"turkish": "TRY", "italian": "ITL"}, "mark": {"german": "DEM", "finnish": "FIM", "deutsche": "DEM"},
    "yuan": {"chinese": "CNY"}, "yen": {"japanese": "JPY"}, "won": {"south korean": "KRW", "north korean": "KPW"},
}
# Bare names of several countries' currencies: the plural name is the unit, no country is guessed.
_SHARED_BARE = {"dinar", "peso", "krone", "kroner", "shilling"}
_NAMES = sorted({*_ONE_COUNTRY, *_BY_COUNTRY}, key=len, reverse=True)
_ADJECTIVES = sorted({a for forms in _BY_COUNTRY.values() for a in forms if a}, key=len, reverse=True)
# " Egyptian pounds", " pesetas", " CFA francs": optional country adjective, then the name, plural or not.
CURRENCY_WORDS_AFTER = re.compile(
    rf"^\s?(?:(?P<adj>{'|'.join(map(re.escape, _ADJECTIVES))})\s)?(?P<name>{'|'.join(map(re.escape, _NAMES))})(?:e?s)?\b", re.I)


def currency_words_after(text: str) -> tuple[str, int] | None:
    """(code or plural name, characters) of a currency named in words at the start of ``text``,
    or None ("  Kuwaiti dinars" -> ("KWD", 15); " dinars" -> ("dinars", 7))."""
    m = CURRENCY_WORDS_AFTER.match(text)
    if m is None:
        return None
    name, adjective = m.group("name").lower(), (m.group("adj") or "").lower()
    if adjective:  # "Russian lira": no such currency, no guess
        code = _BY_COUNTRY.get(name, {}).get(adjective)
    else:  # a bare "pound", "dollar" or "mark" is left to units.CURRENCIES or to other senses
        code = _ONE_COUNTRY.get(name) or _BY_COUNTRY.get(name, {}).get("")
        code = code or (m.group(0).strip().lower() if name in _SHARED_BARE else None)
    return (code, m.end()) if code else None


_SAME_IN_PLURAL = {"lira", "lire", "kronor", "naira", "rand", "taka", "baht", "ringgit", "rupiah", "lari", "manat", "tenge",
                   "afghani", "birr", "cedi", "kwacha", "reais", "leva", "lei", "dong", "kyat", "riel", "kip", "bolivares",
                   "zlotys", "yen", "yuan", "won", "kroner"}


_IRREGULAR_PLURALS = {"krona": "kronor", "krone": "kroner", "lev": "leva", "leu": "lei", "real": "reais"}


def _plural(name: str) -> str:
    return _IRREGULAR_PLURALS.get(name) or (name if name in _SAME_IN_PLURAL else name + "s")


# The currency of each code above in words, for what a sum counts ("EGP" -> "Egyptian pounds").
CODE_NAMES = {code: _plural(name) for name, code in _ONE_COUNTRY.items()} | {
    code: f"{adjective.title()} {_plural(name)}" for name, forms in _BY_COUNTRY.items()
    for adjective, code in forms.items() if adjective}
