#!/usr/bin/env python3
"""Convert the BLS Occupational Outlook Handbook data set into ProfileGen Markdown profiles.

Usage:
    python3 scripts/ooh_to_profiles.py [--json PATH] [--alt-titles PATH] OUTDIR

Reads ooh_occupations.json (342 careers) and onet_alternate_titles.csv and writes one
OUTDIR/<slug>.md per career: YAML front matter following ProfileGen's content model, then a
Markdown body built from the handbook's own section texts. The output is a large test fixture
for the generator; it is never committed (the committed sample profiles in profiles/ are
rewritten by hand).

Only the Python standard library is used, and the output is deterministic: the same input gives
the same bytes on every run (records are written in slug order, no timestamps, "\n" newlines).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "occupations"
DEFAULT_JSON = DATA_DIR / "ooh_occupations.json"
DEFAULT_ALT_TITLES = DATA_DIR / "onet_alternate_titles.csv"

FIXED_DATE = "2025-09-01"
MAX_COMMON_NAMES = 6
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SOC_RE = re.compile(r"^\d{2}-\d{4}$")

BLS_NAME = "Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook, {title}"
ONET_NAME = "O*NET OnLine (O*NET 30.0, CC BY 4.0)"
ONET_URL = "https://www.onetonline.org/link/summary/{code}"

# One readable tag per OOH occupational group (the group itself is the profile's category).
CATEGORY_TAGS = {
    "Architecture and Engineering": "engineering",
    "Arts and Design": "design",
    "Building and Grounds Cleaning": "building services",
    "Business and Financial": "business",
    "Community and Social Service": "social services",
    "Computer and Information Technology": "technology",
    "Construction and Extraction": "construction",
    "Education, Training, and Library": "education",
    "Entertainment and Sports": "entertainment",
    "Farming, Fishing, and Forestry": "outdoors",
    "Food Preparation and Serving": "food service",
    "Healthcare": "healthcare",
    "Installation, Maintenance, and Repair": "repair",
    "Legal": "law",
    "Life, Physical, and Social Science": "science",
    "Management": "management",
    "Math": "math",
    "Media and Communication": "media",
    "Military": "military",
    "Office and Administrative Support": "office",
    "Personal Care and Service": "personal care",
    "Production": "manufacturing",
    "Protective Service": "public safety",
    "Sales": "sales",
    "Transportation and Material Moving": "transportation",
}

# BLS typical entry-level education -> tag. "See How to Become One" has no tag (and no education field).
EDUCATION_TAGS = {
    "Doctoral or professional degree": "doctoral degree",
    "Master's degree": "masters degree",
    "Bachelor's degree": "bachelors degree",
    "Associate's degree": "associate degree",
    "Postsecondary nondegree award": "certificate",
    "Some college, no degree": "some college",
    "High school diploma or equivalent": "high school",
    "No formal educational credential": "no degree required",
}

NOT_AN_EDUCATION = {"See How to Become One", ""}

SECTIONS = [
    ("Work Environment", "work_environment_text"),
    ("How to Become One", "how_to_become_one_text"),
    ("Pay", "pay_text"),
    ("Job Outlook", "job_outlook_text_full"),
]


# --------------------------------------------------------------------------- YAML emitting

_YAML_WORDS = {
    "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
}
_PLAIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9 ,.'\u2019()/&+-]*[A-Za-z0-9.)'\u2019]|[A-Za-z]")


def yaml_string(value: str) -> str:
    """A YAML scalar for text: plain when that cannot be misread, otherwise double-quoted."""
    if (_PLAIN_RE.fullmatch(value) and value.lower() not in _YAML_WORDS
            and "  " not in value and " #" not in value):
        return value
    out = []
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\x%02X" % ord(ch))
        elif ch in "\u2028\u2029\u0085\ufeff":
            out.append("\\u%04X" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def yaml_number(value) -> str:
    if isinstance(value, bool):
        raise TypeError("booleans are not numbers")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    raise TypeError(f"not a number: {value!r}")


def emit_front_matter(fields: list[tuple[str, object]]) -> str:
    """Front matter from (key, value) pairs in order. Values: str, int/float, ("date", s),
    list of str, or list of dicts (written as a list of mappings)."""
    lines = ["---"]
    for key, value in fields:
        if isinstance(value, tuple) and value[0] == "date":
            lines.append(f"{key}: {value[1]}")
        elif isinstance(value, str):
            lines.append(f"{key}: {yaml_string(value)}")
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            lines.append(f"{key}: {yaml_number(value)}")
        elif isinstance(value, bool):
            lines.append(f"{key}: {'true' if value else 'false'}")
        elif isinstance(value, list):
            lines.append(f"{key}:")
            for item in value:
                if isinstance(item, dict):
                    first = True
                    for k, v in item.items():
                        prefix = "  - " if first else "    "
                        lines.append(f"{prefix}{k}: {yaml_string(v)}")
                        first = False
                else:
                    lines.append(f"  - {yaml_string(item)}")
        else:
            raise TypeError(f"{key}: cannot write {value!r}")
    lines.append("---")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- helpers

def fix_slug(slug: str) -> str:
    if SLUG_RE.match(slug):
        return slug
    fixed = re.sub(r"[^a-z0-9]+", "-", slug.lower().replace("'", "").replace("\u2019", "")).strip("-")
    return fixed or "career"


def has(value) -> bool:
    return value is not None and value != "" and value != []


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    m = re.match(r"(.+?[.!?])(\s+[A-Z\u201c\"(]|$)", text)
    return m.group(1) if m else text


def tidy(text: str) -> str:
    """Section text as Markdown: subheadings one level down (the section is the ## heading)."""
    out = []
    for line in text.strip().split("\n"):
        line = line.rstrip()
        if line.startswith("#"):
            line = "#" + line
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out))


def money(n) -> str:
    if isinstance(n, float) and not n.is_integer():
        return f"${n:,.2f}"
    return f"${int(n):,}"


# --------------------------------------------------------------------------- O*NET titles

def load_alt_titles(path: Path) -> dict[str, list[tuple[str, str]]]:
    """onet_soc_code -> [(alternate title, sources)] in file order."""
    by_code: dict[str, list[tuple[str, str]]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code = (row.get("onet_soc_code") or "").strip()
            title = (row.get("alternate_title") or "").strip()
            if code and title:
                by_code.setdefault(code, []).append((title, (row.get("sources") or "").strip()))
    return by_code


def clean_alt_title(title: str) -> str:
    # "Audio Visual Specialist (AV Specialist)" -> "Audio Visual Specialist"
    return re.sub(r"\s*\([^)]*\)\s*$", "", title).strip()


def onet_codes_for(soc: str, alt: dict[str, list[tuple[str, str]]]) -> list[str]:
    """O*NET-SOC codes (e.g. 25-4022.00) whose first 7 characters are this SOC code, .00 first."""
    return sorted(code for code in alt if code[:7] == soc)


def common_names(record: dict, alt: dict[str, list[tuple[str, str]]]) -> list[str]:
    soc = record.get("soc_code")
    codes = [soc] if soc else []
    codes += [c for c in (record.get("soc_codes") or []) if c and c not in codes]
    # One ranked list per SOC code (titles reported by more O*NET sources first, then shorter,
    # then alphabetical); take from the lists in turn so a profile that spans several codes
    # (e.g. archivists, curators, conservators) gets names for each of them.
    queues = []
    for soc_code in codes:
        pool = []
        for onet in onet_codes_for(soc_code, alt):
            for title, sources in alt[onet]:
                n_sources = len([s for s in sources.split(",") if s])
                pool.append((-n_sources, len(title), title))
        if pool:
            queues.append([title for _, _, title in sorted(pool)])
    taken = {record["title"].strip().lower()}
    names: list[str] = []
    while queues and len(names) < MAX_COMMON_NAMES:
        for queue in list(queues):
            while queue:
                name = clean_alt_title(queue.pop(0))
                if name and name.lower() not in taken:
                    taken.add(name.lower())
                    names.append(name)
                    break
            if not queue:
                queues.remove(queue)
            if len(names) >= MAX_COMMON_NAMES:
                break
    return names


def onet_link_code(record: dict, alt: dict[str, list[tuple[str, str]]]) -> str | None:
    """The O*NET code to link to: the profile's own SOC code, or (for a broad group such as
    25-4010 that O*NET has no page for) the first listed detailed code that O*NET has."""
    candidates = [record.get("soc_code")] + list(record.get("soc_codes") or [])
    for soc in candidates:
        if soc and SOC_RE.match(soc) and f"{soc}.00" in alt:
            return f"{soc}.00"
    soc = record.get("soc_code")
    return f"{soc}.00" if soc else None


# --------------------------------------------------------------------------- one profile

def tags_for(record: dict) -> list[str]:
    tags: list[str] = []
    cat_tag = CATEGORY_TAGS.get(record.get("category") or "")
    if cat_tag is None:
        words = [w for w in (record.get("category_slug") or "").split("-") if w and w != "and"]
        cat_tag = words[0] if words else None
    if cat_tag:
        tags.append(cat_tag)
    edu = EDUCATION_TAGS.get(record.get("entry_level_education") or "")
    if edu:
        tags.append(edu)
    pct = record.get("job_outlook_pct")
    if isinstance(pct, (int, float)):
        if pct >= 10:
            tags.append("fast growing")
        elif pct < 0:
            tags.append("declining")
    if len(tags) < 2:
        tags.append("career profile")
    return tags[:4]


def key_takeaways(record: dict) -> list[str]:
    out: list[str] = []
    if has(record.get("summary_pay")):
        out.append(first_sentence(record["summary_pay"]))
    elif has(record.get("median_pay_annual")):
        out.append(f"Median pay: {money(record['median_pay_annual'])} per year ({record.get('median_pay_year')})")
    elif has(record.get("median_pay_hourly")):
        out.append(f"Median pay: {money(record['median_pay_hourly'])} per hour ({record.get('median_pay_year')})")
    if has(record.get("summary_job_outlook")):
        out.append(first_sentence(record["summary_job_outlook"]))
    elif has(record.get("job_outlook_pct")):
        out.append(f"Projected growth {record.get('projection_period')}: {record['job_outlook_pct']}%")
    if has(record.get("summary_how_to_become")):
        out.append(first_sentence(record["summary_how_to_become"]))
    elif has(record.get("employment")):
        out.append(f"Jobs in {record.get('employment_year')}: {record['employment']:,}")
    return out[:3]


def front_matter(record: dict, slug: str, alt: dict[str, list[tuple[str, str]]]) -> str:
    fields: list[tuple[str, object]] = [
        ("title", record["title"].strip()),
        ("slug", slug),
        ("date", ("date", FIXED_DATE)),
        ("category", record["category"].strip()),
        ("tags", tags_for(record)),
    ]
    summary = record.get("summary_what_they_do") or first_sentence(record.get("what_they_do_intro") or "")
    if has(summary):
        fields.append(("summary", " ".join(summary.split())))
    soc = record.get("soc_code")
    if has(soc):
        fields.append(("soc_code", soc))
    if has(record.get("employment")):
        fields.append(("employment", int(record["employment"])))
        if has(record.get("employment_year")):
            fields.append(("employment_year", int(record["employment_year"])))
    annual, hourly = record.get("median_pay_annual"), record.get("median_pay_hourly")
    if has(annual) or has(hourly):
        if has(annual):
            fields.append(("median_wage", annual))
        else:
            fields.append(("median_wage", hourly))
            fields.append(("wage_unit", "hour"))
        if has(record.get("median_pay_year")):
            fields.append(("wage_year", int(record["median_pay_year"])))
    if has(record.get("job_outlook_pct")):
        fields.append(("growth_rate", record["job_outlook_pct"]))
        if has(record.get("projection_period")):
            fields.append(("growth_period", record["projection_period"]))
    education = record.get("entry_level_education") or ""
    if education not in NOT_AN_EDUCATION:
        fields.append(("education", education))
    takeaways = key_takeaways(record)
    if takeaways:
        fields.append(("key_takeaways", takeaways))
    names = common_names(record, alt)
    if names:
        fields.append(("common_names", names))
    sources = [{"name": BLS_NAME.format(title=record["title"].strip()), "url": record["url"]}]
    onet = onet_link_code(record, alt)
    if onet:
        sources.append({"name": ONET_NAME, "url": ONET_URL.format(code=onet)})
    fields.append(("sources", sources))
    return emit_front_matter(fields)


def body(record: dict) -> str:
    parts = ["## What They Do", ""]
    what = record.get("what_they_do_text")
    if has(what):
        parts.append(tidy(what))
    else:
        if has(record.get("what_they_do_intro")):
            parts += [record["what_they_do_intro"].strip(), ""]
        if has(record.get("duties")):
            parts.append("\n".join(f"- {d.strip()}" for d in record["duties"]))
    for heading, key in SECTIONS:
        text = record.get(key)
        if has(text):
            parts += ["", f"## {heading}", "", tidy(text)]
    return "\n".join(parts).rstrip() + "\n"


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write one ProfileGen profile per BLS OOH career.")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"ooh_occupations.json (default {DEFAULT_JSON})")
    parser.add_argument("--alt-titles", type=Path, default=DEFAULT_ALT_TITLES,
                        help=f"onet_alternate_titles.csv (default {DEFAULT_ALT_TITLES})")
    parser.add_argument("outdir", type=Path, help="directory to write <slug>.md files into (created if missing)")
    args = parser.parse_args(argv)

    try:
        records = json.loads(args.json.read_text(encoding="utf-8"))
    except OSError as e:
        print(f"error: cannot read {args.json}: {e}", file=sys.stderr)
        return 1
    alt: dict[str, list[tuple[str, str]]] = {}
    if args.alt_titles.exists():
        alt = load_alt_titles(args.alt_titles)
    else:
        print(f"warning: {args.alt_titles} not found; profiles get no common_names", file=sys.stderr)

    args.outdir.mkdir(parents=True, exist_ok=True)
    written: dict[str, str] = {}
    for record in sorted(records, key=lambda r: (r.get("slug") or "", r.get("title") or "")):
        slug = fix_slug(record.get("slug") or record.get("title") or "")
        if slug != record.get("slug"):
            print(f"note: slug {record.get('slug')!r} fixed to {slug!r}", file=sys.stderr)
        base, n = slug, 2
        while slug in written:
            slug = f"{base}-{n}"
            n += 1
        text = front_matter(record, slug, alt) + "\n" + body(record)
        (args.outdir / f"{slug}.md").write_bytes(text.encode("utf-8"))
        written[slug] = record["title"]
    print(f"wrote {len(written)} profiles to {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
