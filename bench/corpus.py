"""Deterministic synthetic journal entries for the benchmark.

Each entry has 150–600 words drawn from a mixed Dutch/English vocabulary with a Zipf-like
distribution (the word at rank r is drawn with weight 1 / r), so a few words are in
almost every entry and most words are rare. The same seed and size always give the same
entries, on any machine (only `random.Random` with a fixed seed is used).

Two words have a fixed place in the vocabulary and are what the benchmark searches for:
COMMON_WORD (rank COMMON_RANK: in nearly every entry) and RARE_WORD (rank RARE_RANK: in
a few entries per thousand). `generate` counts how many entries contain each one.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

# Bump when the output of `generate` changes, so that built vaults are rebuilt.
CORPUS_VERSION = 1
SEED = 20_240_601

VOCABULARY_SIZE = 20_000
ZIPF_EXPONENT = 1.0
MIN_WORDS, MAX_WORDS = 150, 600

COMMON_WORD = "vandaag"
COMMON_RANK = 12  # 1-based
RARE_WORD = "zeilkamp"
RARE_RANK = 9_000


def _words(text: str) -> list[str]:
    return text.split()


# Most frequent first: function words of both languages, then everyday journal words.
_FUNCTION_WORDS = _words("""
de ik the en and het een i a to van of niet is in was it dat my me je that er op but
met with maar for ook so al had dan have be we zo at nog not wel what no als this om
""")
_CONTENT_WORDS = _words("""
voel feel weet know denk think tijd time dag day mijn hij he zij she hem him haar her
gesprek talk slapen sleep moe tired boos angry verdriet sadness rust calm huilen cry
vertrouwen trust therapie therapy sessie session kinderen children werk work thuis home
vriendin friend zus sister moeder mother vader father avond evening ochtend morning
wandeling walk fiets bike regen rain zon sun koffie coffee thee tea brief letter
waarom why hoe how misschien maybe eindelijk finally steeds still weer again nooit never
altijd always soms sometimes grens boundary eerlijk honest leugen lie waarheid truth
pijn pain hoop hope bang afraid veilig safe alleen alone samen together ruzie fight
stilte silence hart heart hoofd head buik stomach adem breath schrijven write lezen read
geduld patience moed courage kracht strength zwak weak sterk strong morgen tomorrow
gisteren yesterday week month maand jaar year weekend vakantie holiday tuin garden
keuken kitchen bed bank couch auto car trein train stad city zee sea bos forest
één café reünie coördinatie naïef privé überhaupt déjà financiën ideeën
""")
# Dutch nouns whose pairs make compounds (keuken + tafel = keukentafel), for a long
# tail of real-looking Dutch words.
_COMPOUND_PARTS = _words("""
keuken tafel slaap kamer dag boek hand schoen zon bloem regen jas huis deur brief bus
school plein tuin stoel water fles trein kaart fiets pad kinder wagen avond eten thee pot
zee strand berg top winter jas zomer nacht licht knop bos wandel stad park
""")
_SYLLABLES = _words("""
ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no
nu pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi wa we wi za ze zi zo
ver ge on be ont aar oor eer oen ijn ouw ui eu ie ch sch str
""")
_SYLLABLE_TAILS = _words("n s t k l r nd ng rt st ls")

TAGS = _words("""
therapie werk kinderen grenzen slaap boos hoop triggers vertrouwen zelfzorg
familie vriendschap lichaam gesprek terugval dankbaar
""")
_PUNCTUATION = [".", ".", ".", ",", ",", ",", "!", "?", ";", " —"]


def vocabulary() -> list[str]:
    """VOCABULARY_SIZE distinct lower-case words, most frequent first."""
    rng = random.Random(SEED)
    words: list[str] = []
    seen: set[str] = set()

    def add(word: str) -> None:
        if word not in seen and word not in (COMMON_WORD, RARE_WORD):
            seen.add(word)
            words.append(word)

    for word in _FUNCTION_WORDS + _CONTENT_WORDS:
        add(word)
    parts = list(dict.fromkeys(_COMPOUND_PARTS))
    compounds = [a + b for a in parts for b in parts if a != b]
    rng.shuffle(compounds)
    for word in compounds:
        add(word)
    while len(words) < VOCABULARY_SIZE:
        n = rng.choice((2, 2, 3, 3, 3, 4))
        word = "".join(rng.choice(_SYLLABLES) for _ in range(n))
        if rng.random() < 0.5:
            word += rng.choice(_SYLLABLE_TAILS)
        add(word)
    words = words[:VOCABULARY_SIZE - 2]
    words.insert(COMMON_RANK - 1, COMMON_WORD)
    words.insert(RARE_RANK - 1, RARE_WORD)
    # Search matches the last word as a prefix: no other word may start with ours,
    # or the counts below would not be the number of matching entries.
    for probe in (COMMON_WORD, RARE_WORD):
        clash = [w for w in words if w != probe and w.startswith(probe)]
        if clash:
            raise AssertionError(f"{clash[:3]} start with {probe!r}")
    return words


def _cum_weights(n: int) -> list[float]:
    total, cum = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank ** ZIPF_EXPONENT
        cum.append(total)
    return cum


@dataclass(frozen=True)
class SynthEntry:
    entry_date: date
    title: str
    body: str
    mood: int | None
    tags: list[str]
    words: int


@dataclass
class CorpusStats:
    entries: int = 0
    words: int = 0
    with_common: int = 0
    with_rare: int = 0
    body_chars: int = 0
    extra: dict[str, int] = field(default_factory=dict)


def _sentence(rng: random.Random, words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] + rng.choice(_PUNCTUATION) + " "


def generate(n: int, stats: CorpusStats | None = None, *, seed: int = SEED,
             ) -> Iterator[SynthEntry]:
    """The first `n` entries of the corpus, oldest first. Entry i has the same text for
    every n (only the dates spread differently). `stats` (if given) is filled in as the
    entries are produced."""
    vocab = vocabulary()
    cum = _cum_weights(len(vocab))
    rng = random.Random(seed)
    # About ten years of journal, whatever n is: dates ascend, several entries a day
    # for the large corpora.
    start = date(2015, 1, 1)
    span_days = 3_650
    for i in range(n):
        count = rng.randint(MIN_WORDS, MAX_WORDS)
        tokens = rng.choices(vocab, cum_weights=cum, k=count)
        title_tokens = rng.choices(vocab, cum_weights=cum, k=rng.randint(2, 6))
        # Cut the words into sentences of 4–18 words and paragraphs of 2–6 sentences.
        paragraphs, sentences, pos = [], [], 0
        while pos < count:
            length = rng.randint(4, 18)
            sentences.append(_sentence(rng, tokens[pos:pos + length]))
            pos += length
            if len(sentences) >= rng.randint(2, 6) or pos >= count:
                paragraphs.append("".join(sentences).rstrip())
                sentences = []
        if rng.random() < 0.15:
            paragraphs.insert(0, "## " + " ".join(rng.choices(vocab, cum_weights=cum, k=3)))
        body = "\n\n".join(paragraphs) + "\n"
        title = " ".join(title_tokens).capitalize()
        mood = rng.randint(1, 5) if rng.random() < 0.7 else None
        tags = rng.sample(TAGS, rng.choice((0, 1, 1, 2, 2, 3)))
        entry_date = start + timedelta(days=i * span_days // max(n, 1))
        if stats is not None:
            all_words = set(tokens) | set(title_tokens)
            stats.entries += 1
            stats.words += count
            stats.body_chars += len(body)
            stats.with_common += COMMON_WORD in all_words
            stats.with_rare += RARE_WORD in all_words
        yield SynthEntry(entry_date, title, body, mood, tags, count)


def entry_of_words(count: int, seed: int) -> SynthEntry:
    """One entry of exactly `count` body words (for the add-entry timing)."""
    vocab = vocabulary()
    rng = random.Random(seed)
    tokens = rng.choices(vocab, cum_weights=_cum_weights(len(vocab)), k=count)
    body = "".join(_sentence(rng, tokens[i:i + 12]) for i in range(0, count, 12)).rstrip()
    return SynthEntry(date(2025, 6, 1), "Benchmark entry", body + "\n", 3, ["werk"], count)
