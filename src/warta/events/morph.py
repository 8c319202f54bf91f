"""Indonesian derivational morphology for the trigger lexicon: the forms of a root.

A lexicon entry may give `roots` ("tangkap", "usir", "henti+kan") and the `derive` affixes
to build from each: `meN-` and `ber-` (active), `di-` and `ter-` (passive), `peN-an`,
`per-an`, `ke-an` and `-an` (nominalisations). A root written `henti+kan` takes the suffix
on its verb forms (menghentikan, dihentikan) but not on its nouns (penghentian).

The nasal prefixes meN-/peN- assimilate to the root's first sound (standard rules, Sneddon
*Indonesian: A Comprehensive Grammar* §3):

- vowel, g, h, kh → meng- (mengajak, mengganggu, menghancurkan);
- k → meng- with k dropped (mengecam), kept before a consonant (mengkritik, mengklaim);
- s → meny- with s dropped (menyerang), kept before a consonant (menstabilkan);
- p → mem- with p dropped (memukul), kept before a consonant (memprotes);
- t → men- with t dropped (menangkap), kept before a consonant (mentransfer);
- b, f, v → mem- (membantu, memfitnah); c, d, j, z, sy → men- (mencabut, mendukung);
- l, m, n, r, w, y, ny, ng → me- (melawan, merampas, meminta);
- one-syllable roots → menge-/penge- (mengebom, pengeboman).
"""

from __future__ import annotations

VOWELS = "aeiou"
AFFIX_VOICE = {"meN-": "active", "ber-": "active", "di-": "passive", "ter-": "passive",
               "peN-an": "noun", "per-an": "noun", "ke-an": "noun", "-an": "noun"}


def _one_syllable(root: str) -> bool:
    return sum(c in VOWELS for c in root) == 1


def nasal(root: str, prefix: str = "me") -> str:
    """meN- (prefix "me") or peN- (prefix "pe") attached to `root` with assimilation."""
    if _one_syllable(root):
        return prefix + "nge" + root
    first, second = root[0], root[1:2]
    cluster = bool(second) and second not in VOWELS
    if first in VOWELS or first in "gh" or root.startswith("kh"):
        return prefix + "ng" + root
    if first == "k":
        return prefix + "ng" + (root if cluster else root[1:])
    if first == "s" and not root.startswith("sy"):
        return prefix + ("ns" + root[1:] if cluster else "ny" + root[1:])
    if first == "p":
        return prefix + "m" + (root if cluster else root[1:])
    if first == "t":
        return prefix + "n" + (root if cluster else root[1:])
    if first in "bfv":
        return prefix + "m" + root
    if first in "cdjz" or root.startswith("sy"):
        return prefix + "n" + root
    return prefix + root  # l m n r w y (ny, ng)


def ber(root: str) -> str:
    """ber- (be- before r and in bekerja), e.g. bertemu, berunding, beraksi."""
    if root.startswith("r") or root == "kerja":
        return "be" + root
    return "ber" + root


def derive(spec: str, affix: str) -> str:
    """One derived form: `spec` is a root, optionally "+kan"/"+i" suffixed."""
    root, _plus, suffix = spec.partition("+")
    if affix == "meN-":
        return nasal(root) + suffix
    if affix == "ber-":
        return ber(root) + suffix
    if affix == "di-":
        return "di" + root + suffix
    if affix == "ter-":
        return ("te" if root.startswith("r") else "ter") + root + suffix
    if affix == "peN-an":
        return nasal(root, "pe") + "an"
    if affix == "per-an":
        return ("pe" if root.startswith("r") else "per") + root + "an"
    if affix == "ke-an":
        return "ke" + root + "an"
    if affix == "-an":
        return root + "an"
    raise ValueError(f"unknown affix {affix!r}")


def forms(roots: list[str], affixes: list[str]) -> dict[str, list[str]]:
    """Forms by voice (active/passive/noun) of every root with every affix."""
    out: dict[str, list[str]] = {"active": [], "passive": [], "noun": []}
    for affix in affixes:
        if affix not in AFFIX_VOICE:
            raise ValueError(f"unknown affix {affix!r}")
        for spec in roots:
            form = derive(spec, affix)
            if form not in out[AFFIX_VOICE[affix]]:
                out[AFFIX_VOICE[affix]].append(form)
    return out
