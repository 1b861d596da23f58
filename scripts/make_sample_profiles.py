#!/usr/bin/env python3
"""Maintain the committed sample profiles in profiles/.

The sample profiles mix two kinds of content:

* facts copied from the data (title, category, SOC code, employment, median wage, growth,
  typical education, O*NET alternate titles, source links): this script writes them into the
  front matter from ooh_occupations.json and onet_alternate_titles.csv;
* prose written by hand in our own words (summary, key_takeaways and the Markdown body): this
  script never writes prose, it keeps whatever the file already holds.

Editorial choices (which careers, dates, tags, preferred common names) are in SAMPLES below.

Usage:
    python3 scripts/make_sample_profiles.py            # refresh the front matter of profiles/*.md
    python3 scripts/make_sample_profiles.py --check    # validate profiles/ without writing

For a new career, add it to SAMPLES and run the script: it writes a stub whose summary,
key_takeaways and body say TODO; replace them with your own words. --check reports, among other
things, any run of 8 or more words that a profile shares with the handbook's text for that career,
so that copied sentences are caught.

Standard library only (it reuses the YAML emitter of ooh_to_profiles.py). Deterministic.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))
import ooh_to_profiles as ooh  # noqa: E402

PROFILES = ooh.REPO_ROOT / "profiles"
TODO = "TODO: write in your own words"

# slug: (date, lastmod or None, tags, preferred common names or None = pick automatically)
SAMPLES: dict[str, tuple[str, str | None, list[str], list[str] | None]] = {
    # Education, Training, and Library
    "librarians": ("2025-11-24", "2025-12-09", ["libraries", "education", "research"],
                   ["Librarian", "School Librarian", "Reference Librarian", "Youth Services Librarian",
                    "Research Librarian", "Library Media Specialist"]),
    "library-technicians-and-assistants": ("2025-11-24", "2025-12-02", ["libraries", "education", "entry level"],
                                           ["Library Assistant", "Library Technician", "Library Clerk",
                                            "Library Aide", "Circulation Clerk", "Library Page"]),
    "curators-museum-technicians-and-conservators": ("2025-10-30", None, ["museums", "history", "libraries"],
                                                     ["Archivist", "Curator", "Museum Curator", "Conservator",
                                                      "Museum Technician", "Digital Archivist"]),
    "instructional-coordinators": ("2025-09-18", None, ["education", "teaching", "leadership"],
                                   ["Curriculum Specialist", "Instructional Coach", "Curriculum Developer",
                                    "Curriculum Designer", "Education Specialist", "Education Coordinator"]),
    "postsecondary-teachers": ("2025-08-05", "2025-11-03", ["teaching", "research", "education"],
                               ["Professor", "Adjunct Instructor", "Mathematics Teacher", "Management Professor",
                                "Architecture Professor", "Health Teacher"]),
    "high-school-teachers": ("2025-07-14", None, ["teaching", "education"],
                             ["High School Teacher", "Science Teacher", "High School English Teacher", "Art Teacher",
                              "PE Teacher"]),
    "kindergarten-and-elementary-school-teachers": ("2025-07-14", None, ["teaching", "education"],
                                                    ["Elementary School Teacher", "Reading Teacher", "Math Teacher",
                                                     "Bilingual Kindergarten Teacher", "Teacher"]),
    "adult-literacy-and-ged-teachers": ("2025-10-08", None, ["teaching", "language", "education", "career development"],
                                        ["Adult Education Teacher", "GED Teacher", "Adult Literacy Teacher",
                                         "ESL Teacher", "Adult Basic Studies Teacher"]),
    # Life, Physical, and Social Science
    "historians": ("2025-10-30", None, ["history", "research", "museums", "nonprofit"],
                   ["Historian", "Research Historian", "Oral Historian", "Genealogist", "Film Historian"]),
    "anthropologists-and-archeologists": ("2025-09-02", None, ["research", "history", "museums"],
                                          ["Anthropologist", "Archaeologist", "Applied Anthropologist",
                                           "Ethnoarchaeologist"]),
    "epidemiologists": ("2025-06-16", "2025-10-21", ["healthcare", "research", "data", "fast growing"],
                        ["Epidemiologist", "Clinical Epidemiologist", "Medical Epidemiologist",
                         "Environmental Epidemiologist", "Pharmacoepidemiologist"]),
    # Management
    "postsecondary-education-administrators": ("2025-08-21", None, ["leadership", "education"],
                                               ["Dean", "Provost", "Registrar", "Admissions Director",
                                                "Student Affairs Director"]),
    "elementary-middle-and-high-school-principals": ("2025-08-21", "2025-09-30", ["leadership", "education"],
                                                     ["Principal", "School Principal", "Vice Principal",
                                                      "High School Principal", "Middle School Principal"]),
    "medical-and-health-services-managers": ("2025-06-03", None, ["healthcare", "leadership", "fast growing"],
                                             ["Health Services Administrator", "Clinical Director",
                                              "Medical Director", "Nursing Home Administrator",
                                              "Nursing Services Director"]),
    # Media and Communication
    "technical-writers": ("2025-09-25", None, ["writing", "technology", "publishing"],
                          ["Technical Writer", "Medical Writer", "Grant Writer", "Manual Writer", "Report Writer"]),
    "editors": ("2025-12-04", None, ["writing", "publishing"],
                ["Editor", "Book Editor", "News Editor", "Story Editor", "Photo Editor"]),
    "writers-and-authors": ("2025-12-04", "2025-12-11", ["writing", "publishing", "arts"],
                            ["Author", "Novelist", "Playwright", "Ghostwriter", "Librettist"]),
    "interpreters-and-translators": ("2025-07-29", None, ["language", "writing"],
                                     ["Translator", "Court Interpreter", "Medical Interpreter",
                                      "American Sign Language Interpreter", "Spanish Interpreter"]),
    # Healthcare
    "registered-nurses": ("2025-06-03", "2025-08-12", ["healthcare", "patient care"],
                          ["Registered Nurse", "Nurse", "Public Health Nurse", "Community Health Nurse",
                           "Geriatric Nurse"]),
    "health-information-technologists-and-medical-registrars": ("2025-06-24", None,
                                                                ["healthcare", "data", "fast growing"],
                                                                ["Cancer Registrar", "Tumor Registrar",
                                                                 "Health Data Analyst", "Clinical Analyst",
                                                                 "Medical Data Analyst"]),
    "speech-language-pathologists": ("2025-11-12", None, ["healthcare", "language", "patient care", "fast growing"],
                                     ["Speech Therapist", "Speech Pathologist", "Speech Clinician",
                                      "Language Pathologist"]),
    # Computer and Information Technology
    "database-administrators": ("2025-07-07", None, ["technology", "data"],
                                ["Database Administrator", "Database Manager", "Data Architect", "Data Engineer",
                                 "Database Coordinator"]),
    "web-developers": ("2025-09-09", "2025-11-18", ["technology", "design"],
                       ["Web Developer", "Web Designer", "Web Architect", "User Interface Developer",
                        "Intranet Developer"]),
    "information-security-analysts": ("2025-10-15", None, ["technology", "fast growing"],
                                      ["Information Security Analyst", "Security Analyst", "Cyber Defense Analyst",
                                       "Network Security Analyst", "Computer Security Specialist"]),
    # Math
    "data-scientists": ("2025-10-15", "2025-12-01", ["data", "technology", "research", "fast growing"],
                        ["Data Scientist", "Data Analyst", "Business Intelligence Analyst", "Clinical Data Manager",
                         "Reports Analyst"]),
    # Business and Financial
    "training-and-development-specialists": ("2025-09-18", None, ["teaching", "business", "career development"],
                                             ["Training Specialist", "Trainer", "Technical Trainer",
                                              "Workforce Development Specialist", "Sales Trainer"]),
    "fundraisers": ("2025-11-05", None, ["business", "nonprofit", "writing"],
                    ["Fundraiser", "Development Officer", "Fundraising Officer", "Development Associate",
                     "Campaign Fundraiser"]),
    # Arts and Design
    "graphic-designers": ("2025-08-27", None, ["design", "arts", "publishing"],
                          ["Graphic Designer", "Graphic Artist", "Visual Designer", "Layout Artist",
                           "Production Artist"]),
    "set-and-exhibit-designers": ("2025-10-30", "2025-11-20", ["design", "museums", "arts", "performing arts"],
                                  ["Set Designer", "Scenic Designer", "Exhibits Manager", "Set Decorator",
                                   "Stage Scenery Designer"]),
    # Construction and Extraction
    "electricians": ("2025-07-21", None, ["skilled trades", "construction", "apprenticeship"],
                     ["Electrician", "Maintenance Electrician", "Industrial Electrician", "Airport Electrician"]),
    "carpenters": ("2025-07-21", "2025-08-04", ["skilled trades", "construction", "apprenticeship"],
                   ["Carpenter", "Construction Carpenter", "House Carpenter", "Rough Carpenter", "Cabinet Maker"]),
    # Community and Social Service
    "school-and-career-counselors": ("2025-08-13", None, ["education", "career development"],
                                     ["School Counselor", "Guidance Counselor", "Student Advisor",
                                      "Vocational Rehabilitation Counselor", "Job Coach"]),
    # Entertainment and Sports
    "musicians-and-singers": ("2025-06-10", None, ["arts", "performing arts"],
                              ["Pianist", "Cellist", "Soloist", "Flutist", "Oboist"]),
    # Office and Administrative Support
    "desktop-publishers": ("2025-08-27", None, ["publishing", "design", "entry level"],
                           ["Desktop Publisher", "Desktop Publishing Specialist", "Electronic Publishing Specialist",
                            "Computer Publisher"]),
}

REQUIRED_SECTIONS = ["What They Do", "Work Environment", "How to Become One", "Pay", "Job Outlook"]
DATE_RANGE = ("2025-06-01", "2025-12-11")
BLS_NAME = ooh.BLS_NAME
ONET_NAME = ooh.ONET_NAME


# --------------------------------------------------------------------------- reading a profile

def split_file(text: str) -> tuple[list[str], str]:
    if not text.startswith("---\n"):
        raise ValueError("the file does not start with a '---' line")
    end = text.find("\n---\n", 3)
    if end < 0:
        raise ValueError("the front matter has no closing '---' line")
    return text[4:end + 1].splitlines(), text[end + 5:]


def parse_scalar(raw: str) -> str:
    """A plain or double-quoted scalar as written by ooh_to_profiles.yaml_string (or by hand)."""
    raw = raw.strip()
    if raw.startswith('"'):
        if not raw.endswith('"') or len(raw) < 2:
            raise ValueError(f"unterminated quoted value: {raw}")
        inner, out, i = raw[1:-1], [], 0
        while i < len(inner):
            ch = inner[i]
            if ch == '"':
                raise ValueError(f"unescaped quote inside a quoted value: {raw}")
            if ch == "\\":
                nxt = inner[i + 1]
                if nxt in '\\"/':
                    out.append(nxt)
                    i += 2
                elif nxt == "n":
                    out.append("\n")
                    i += 2
                elif nxt == "t":
                    out.append("\t")
                    i += 2
                elif nxt == "x":
                    out.append(chr(int(inner[i + 2:i + 4], 16)))
                    i += 4
                elif nxt == "u":
                    out.append(chr(int(inner[i + 2:i + 6], 16)))
                    i += 6
                else:
                    raise ValueError(f"unknown escape \\{nxt} in {raw}")
                continue
            out.append(ch)
            i += 1
        return "".join(out)
    if raw.startswith("'"):
        if not raw.endswith("'") or len(raw) < 2:
            raise ValueError(f"unterminated quoted value: {raw}")
        return raw[1:-1].replace("''", "'")
    if re.fullmatch(r"-?\d+(\.\d+)?", raw):
        return raw
    if ": " in raw or " #" in raw or raw[:1] in "-?:,[]{}#&*!|>%@`":
        raise ValueError(f"value must be quoted: {raw}")
    return raw


def parse_front_matter(lines: list[str]) -> dict[str, object]:
    """The subset of YAML our front matter uses: 'key: scalar', 'key:' + '  - scalar' items,
    and 'key:' + '  - name: x' / '    url: y' mappings."""
    result: dict[str, object] = {}
    key = None
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" in line:
            raise ValueError(f"line {n}: tab character")
        m = re.match(r"^([a-z_]+):(?: (.*))?$", line)
        if m:
            key, value = m.group(1), m.group(2)
            if key in result:
                raise ValueError(f"line {n}: duplicate key {key}")
            result[key] = parse_scalar(value) if value not in (None, "") else []
            continue
        m = re.match(r"^  - ([a-z_]+): (.*)$", line)
        if m and key is not None and isinstance(result[key], list):
            result[key].append({m.group(1): parse_scalar(m.group(2))})
            continue
        m = re.match(r"^    ([a-z_]+): (.*)$", line)
        if m and key is not None and isinstance(result[key], list) and result[key] and isinstance(result[key][-1], dict):
            result[key][-1][m.group(1)] = parse_scalar(m.group(2))
            continue
        m = re.match(r"^  - (.*)$", line)
        if m and key is not None and isinstance(result[key], list):
            result[key].append(parse_scalar(m.group(1)))
            continue
        raise ValueError(f"line {n}: cannot read {line!r}")
    return result


# --------------------------------------------------------------------------- writing a profile

def structured_fields(record: dict, alt: dict, slug: str) -> list[tuple[str, object]]:
    date, lastmod, tags, names = SAMPLES[slug]
    fields: list[tuple[str, object]] = [("title", record["title"].strip()), ("date", ("date", date))]
    if lastmod:
        fields.append(("lastmod", ("date", lastmod)))
    fields += [("category", record["category"]), ("tags", list(tags))]
    fields.append(("summary", None))  # placeholder for prose
    if record.get("soc_code"):
        fields.append(("soc_code", record["soc_code"]))
    if ooh.has(record.get("employment")):
        fields += [("employment", int(record["employment"])), ("employment_year", int(record["employment_year"]))]
    annual, hourly = record.get("median_pay_annual"), record.get("median_pay_hourly")
    if ooh.has(annual):
        fields.append(("median_wage", annual))
    elif ooh.has(hourly):
        fields += [("median_wage", hourly), ("wage_unit", "hour")]
    if (ooh.has(annual) or ooh.has(hourly)) and ooh.has(record.get("median_pay_year")):
        fields.append(("wage_year", int(record["median_pay_year"])))
    if ooh.has(record.get("job_outlook_pct")):
        fields.append(("growth_rate", record["job_outlook_pct"]))
        if record.get("projection_period"):
            fields.append(("growth_period", record["projection_period"]))
    if (record.get("entry_level_education") or "") not in ooh.NOT_AN_EDUCATION:
        fields.append(("education", record["entry_level_education"]))
    fields.append(("key_takeaways", None))  # placeholder for prose
    common = names if names is not None else ooh.common_names(record, alt)
    if common:
        fields.append(("common_names", list(common)))
    sources = [{"name": BLS_NAME.format(title=record["title"].strip()), "url": record["url"]}]
    onet = ooh.onet_link_code(record, alt)
    if onet:
        sources.append({"name": ONET_NAME, "url": ooh.ONET_URL.format(code=onet)})
    fields.append(("sources", sources))
    return fields


def render(record: dict, alt: dict, slug: str, existing: str | None) -> str:
    summary, takeaways, body = TODO, [TODO], "## What They Do\n\n" + TODO + "\n"
    if existing is not None:
        lines, old_body = split_file(existing)
        fm = parse_front_matter(lines)
        summary = fm.get("summary") or summary
        takeaways = fm.get("key_takeaways") or takeaways
        body = old_body.lstrip("\n")
    fields = []
    for key, value in structured_fields(record, alt, slug):
        if key == "summary":
            value = summary
        elif key == "key_takeaways":
            value = takeaways
        fields.append((key, value))
    return ooh.emit_front_matter(fields) + "\n" + body.rstrip() + "\n"


# --------------------------------------------------------------------------- checking

def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:['\u2019][a-z]+)?", text.lower().replace("\u2019", "'"))


def shared_runs(mine: str, source: str, n: int = 8) -> list[str]:
    src = words(source)
    grams = {tuple(src[i:i + n]) for i in range(len(src) - n + 1)}
    w = words(mine)
    hits, i = [], 0
    while i <= len(w) - n:
        if tuple(w[i:i + n]) in grams:
            j = i + n
            while j < len(w) and tuple(w[j - n + 1:j + 1]) in grams:
                j += 1
            hits.append(" ".join(w[i:j]))
            i = j
        else:
            i += 1
    return hits


def tag_key(tag: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", tag.lower())


def check(records: dict, alt: dict) -> int:
    problems: list[str] = []
    tag_spellings: dict[str, set[str]] = {}
    categories: dict[str, int] = {}
    files = sorted(PROFILES.glob("*.md"))
    for path in files:
        slug = path.stem
        where = f"profiles/{path.name}"
        text = path.read_text(encoding="utf-8")
        try:
            lines, body = split_file(text)
            fm = parse_front_matter(lines)
        except ValueError as e:
            problems.append(f"{where}: {e}")
            continue
        record = records.get(slug)
        if record is None or slug not in SAMPLES:
            problems.append(f"{where}: not a career listed in SAMPLES")
            continue
        expected = render(record, alt, slug, text)
        if expected != text:
            problems.append(f"{where}: front matter differs from the data (run the script without --check)")
        for field in ("title", "date", "category"):
            if not fm.get(field):
                problems.append(f"{where}: missing {field}")
        for field in ("date", "lastmod"):
            if field in fm and not (DATE_RANGE[0] <= str(fm[field]) <= DATE_RANGE[1]):
                problems.append(f"{where}: {field} {fm[field]} outside {DATE_RANGE}")
        if "lastmod" in fm and str(fm["lastmod"]) < str(fm["date"]):
            problems.append(f"{where}: lastmod before date")
        tags = fm.get("tags") or []
        if not 2 <= len(tags) <= 4:
            problems.append(f"{where}: {len(tags)} tags (want 2-4)")
        for tag in tags:
            if tag != tag.lower():
                problems.append(f"{where}: tag {tag!r} is not lowercase")
            tag_spellings.setdefault(tag_key(tag), set()).add(tag)
        categories[fm.get("category", "")] = categories.get(fm.get("category", ""), 0) + 1
        prose = [fm.get("summary", "")] + list(fm.get("key_takeaways") or []) + [body]
        if any(TODO in str(p) for p in prose):
            problems.append(f"{where}: still has TODO text")
        if len(fm.get("key_takeaways") or []) != 3:
            problems.append(f"{where}: want 3 key_takeaways")
        if re.search(r"^# ", body, re.M):
            problems.append(f"{where}: the body has a '# ' heading")
        headings = re.findall(r"^## (.+)$", body, re.M)
        if headings != REQUIRED_SECTIONS:
            problems.append(f"{where}: sections {headings} (want {REQUIRED_SECTIONS})")
        if not re.search(r"^- ", body, re.M):
            problems.append(f"{where}: no duty list")
        n_words = len(re.sub(r"[#*_`\-]", " ", body).split())
        if not 250 <= n_words <= 500:
            problems.append(f"{where}: body has {n_words} words (want 250-500)")
        source_text = "\n".join(str(record.get(k) or "") for k in (
            "summary_what_they_do", "summary_work_environment", "summary_how_to_become", "summary_pay",
            "summary_job_outlook", "what_they_do_intro", "what_they_do_text", "work_environment_text",
            "how_to_become_one_text", "pay_text", "job_outlook_text_full")) + "\n" + "\n".join(record.get("duties") or [])
        for run in shared_runs("\n".join(str(p) for p in prose), source_text):
            problems.append(f"{where}: shares {len(run.split())} words with the handbook: \"{run}\"")
        onet_titles = set()
        for code in [record.get("soc_code")] + list(record.get("soc_codes") or []):
            for onet in ooh.onet_codes_for(code or "", alt):
                onet_titles.update(ooh.clean_alt_title(t) for t, _ in alt[onet])
        for name in fm.get("common_names") or []:
            if name not in onet_titles:
                problems.append(f"{where}: common name {name!r} is not an O*NET alternate title for this career")
    for key, spellings in tag_spellings.items():
        if len(spellings) > 1:
            problems.append(f"tags {sorted(spellings)} differ only by case or punctuation")
    missing = sorted(set(SAMPLES) - {p.stem for p in files})
    for slug in missing:
        problems.append(f"profiles/{slug}.md: listed in SAMPLES but missing")
    for p in problems:
        print(p)
    print(f"checked {len(files)} profiles in {len(categories)} categories: {len(problems)} problem(s)")
    for cat, n in sorted(categories.items()):
        print(f"  {n:3d}  {cat}")
    return 1 if problems else 0


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Refresh or check the sample profiles in profiles/.")
    parser.add_argument("--json", type=Path, default=ooh.DEFAULT_JSON)
    parser.add_argument("--alt-titles", type=Path, default=ooh.DEFAULT_ALT_TITLES)
    parser.add_argument("--check", action="store_true", help="validate only; write nothing")
    args = parser.parse_args(argv)

    records = {r["slug"]: r for r in json.loads(args.json.read_text(encoding="utf-8"))}
    alt = ooh.load_alt_titles(args.alt_titles)
    unknown = sorted(set(SAMPLES) - set(records))
    if unknown:
        print(f"error: not in the data: {', '.join(unknown)}", file=sys.stderr)
        return 1
    if args.check:
        return check(records, alt)

    PROFILES.mkdir(exist_ok=True)
    changed = 0
    for slug in sorted(SAMPLES):
        path = PROFILES / f"{slug}.md"
        existing = path.read_text(encoding="utf-8") if path.exists() else None
        text = render(records[slug], alt, slug, existing)
        if text != existing:
            path.write_bytes(text.encode("utf-8"))
            changed += 1
    print(f"{len(SAMPLES)} sample profiles, {changed} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
