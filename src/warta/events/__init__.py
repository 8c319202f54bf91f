"""PLOVER event coding from Indonesian text directly: `code(analysis)` fills `analysis.events`.

Each sentence is matched against the trigger lexicon (`data/events/triggers.yaml`: verbs in
their meN-/ber-/di-/ter- forms and nominalisations, each with a PLOVER category and mode).
Source and target come from Indonesian syntax around the trigger:

- active `meN-`/`ber-`: the subject on the left is the source, the object (or the actor
  after kepada/dengan/terhadap/ke) on the right the target;
- passive `di-`/`ter-`: the subject is the target, the agent after `oleh` (or right after
  the verb, "ditangkap polisi") the source;
- nominalisations: `oleh X`, a genitive actor ("serangan Israel"), or the subject of a light
  verb ("Korut melakukan uji coba rudal") is the source;
- coordination ("China dan Korsel memperbaiki hubungan") gives a two-sided (`mutual`) event.

Actors are entities (PER, ORG, GPE, NORP) with their country and role copied, generic actor
nouns ("polisi", "militer AS"), nominal anaphors ("negara itu") and pronouns resolved to the
nearest preceding PER/ORG. A trigger with neither a source nor a target is not coded, and a
sentence without a trigger yields no event: there is no default code. Reporting verbs
("KCNA melaporkan") are attributions, not events; they mark the sentence `reported`.

`quad` is one of `verbal_cooperation`, `material_cooperation`, `verbal_conflict`,
`material_conflict`, from the PLOVER codebook (see the `quads` table in triggers.yaml).
Context flags and dates: see `warta.events.context`. Confidence: see `coder._confidence`;
events below `coder.THRESHOLD` (chosen on the dev gold set) are not emitted: an event whose
doer is unknown, or whose actors are only assumed to belong to the article's country, is
usually not reliable enough to report.
The same event told twice in an article (same category, same sides, same polarity) is one
event whose `mentions` counts the tellings.
"""

from __future__ import annotations

from warta.events import coder
from warta.events.actors import Mentions
from warta.events.coder import code_sentence, dedupe, reported_sentences
from warta.types import Event, TextAnalysis

__all__ = ["code"]


def code(analysis: TextAnalysis) -> None:
    """Code the PLOVER events of an analysed text into `analysis.events`."""
    if not analysis.sentences:
        analysis.events = []
        return
    mentions = Mentions(analysis)
    reported = reported_sentences(analysis, mentions)
    events: list[Event] = []
    for n in range(len(analysis.sentences)):
        events.extend(code_sentence(analysis, mentions, n, n in reported))
    analysis.events = [ev for ev in dedupe(events) if ev.confidence >= coder.THRESHOLD]
