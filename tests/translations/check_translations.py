#!/usr/bin/env python3
"""Every word a user reads is translated in every shipped language.

Copies resources/translations/bistro_<language>.ts into a temporary folder,
runs lupdate over today's sources into the copies (as `ninja update_translations`
does), and fails on any message left unfinished or empty there: a string new in
the sources, or one whose English changed, that no translator has seen. It also
checks each translation keeps its source's placeholders (%1, %n, ...), its
keyboard accelerator and its HTML tags, and that plural messages have the
language's forms.

usage: check_translations.py LUPDATE TS_DIR LANGUAGES -- LUPDATE_ARGS...
"""
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")
TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)")
FORMS = {"de": 2, "es": 2, "en": 2}


def accelerators(text):
    """The single '&' marks (not '&&' nor an entity such as '&amp;' or '&nbsp;')."""
    text = re.sub(r"&&", "", text)
    text = re.sub(r"&#?[A-Za-z0-9]+;", "", text)
    return text.count("&")


def problems_of(message, language, plural_only):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    kind = translation.get("type") if translation is not None else "missing"
    if kind in ("vanished", "obsolete"):
        return []
    if translation is None or kind == "unfinished":
        if plural_only and message.get("numerus") != "yes":
            return []
        return ["not translated"]
    forms = [f.text or "" for f in translation.findall("numerusform")]
    if message.get("numerus") == "yes":
        if len(forms) != FORMS[language]:
            return [f"{len(forms)} plural forms, {language} needs {FORMS[language]}"]
    else:
        forms = [translation.text or ""]
    out = []
    for text in forms:
        if not text.strip():
            out.append("empty translation")
            continue
        want = collections.Counter(PLACEHOLDER.findall(source))
        have = collections.Counter(PLACEHOLDER.findall(text))
        if message.get("numerus") == "yes" and "%n" in want:
            want.pop("%n")
            have.pop("%n", None)  # a singular form may say "one" instead of "%n"
        if want != have:
            out.append(f"placeholders {sorted(have.elements())} instead of {sorted(want.elements())}")
        if accelerators(source) != accelerators(text):
            out.append("the keyboard accelerator '&' is lost or doubled")
        tags = lambda t: collections.Counter(m.group(1) + m.group(2).lower() for m in TAG.finditer(t))
        if tags(source) != tags(text):
            out.append("HTML tags differ from the source's")
    return out


def main():
    lupdate, ts_dir, languages = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    # Whole line numbers in the report (the shipped files keep relative ones).
    args = ["absolute" if a == "relative" else a for a in sys.argv[sys.argv.index("--") + 1:]]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for language in languages:
            ts = os.path.join(tmp, f"bistro_{language}.ts")
            shutil.copy(os.path.join(ts_dir, f"bistro_{language}.ts"), ts)
            plural_only = language == "en"
            cmd = [lupdate, "-silent"] + (["-pluralonly"] if plural_only else []) + args + [
                "-ts", ts, "-target-language", language]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            count = 0
            for context in ET.parse(ts).getroot().iter("context"):
                name = context.findtext("name")
                for message in context.iter("message"):
                    count += 1
                    for p in problems_of(message, language, plural_only):
                        failures += 1
                        where = message.find("location")
                        at = where.get("filename", "") + ":" + where.get("line", "") if where is not None else ""
                        print(f"bistro_{language}.ts: {name}: \"{message.findtext('source')}\" ({at}): {p}")
            print(f"bistro_{language}.ts: {count} messages checked")
    if failures:
        print(f"{failures} problems: run `ninja update_translations` and translate what it "
              "marks unfinished (Qt Linguist: linguist resources/translations/bistro_<language>.ts)")
        return 1
    print("every message translated in", ", ".join(languages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
